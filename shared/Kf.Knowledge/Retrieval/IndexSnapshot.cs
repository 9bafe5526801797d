using Kf.Storage.Knowledge;

namespace Kf.Knowledge.Retrieval;

/// <summary>
/// One profile's knowledge as loaded at one store version: the chunks, their BM25 index and their vector
/// index. Immutable once built, so any number of searches share it while a newer one is being built.
/// </summary>
internal sealed class IndexSnapshot
{
    /// <summary>How deep each list is cut before fusion.</summary>
    public const int CandidateDepth = 50;

    /// <summary>Builds the indexes of <paramref name="chunks"/>; vectors of <paramref name="embeddingModel"/> only.</summary>
    public IndexSnapshot(long version, IReadOnlyList<KnowledgeChunk> chunks, string? embeddingModel)
    {
        Version = version;
        Lexical = new LexicalIndex(chunks);
        Vectors = new VectorIndex(chunks, embeddingModel);
        Chunks = [.. chunks.Select(c => c.Embedding is null ? c : c with { Embedding = null })];
    }

    /// <summary>The store version it was loaded at.</summary>
    public long Version { get; }

    /// <summary>
    /// The chunks, by snapshot index, without their embeddings: the vectors are held once, in
    /// <see cref="Vectors"/> (at 1536 dimensions a second copy would double the index's memory).
    /// </summary>
    public IReadOnlyList<KnowledgeChunk> Chunks { get; }

    public LexicalIndex Lexical { get; }

    public VectorIndex Vectors { get; }

    /// <summary>
    /// How many of the best fused hits a FAQ's lead is measured against: the runner-up that could be meant
    /// instead is near the top; further down are FAQs the question merely brushes.
    /// </summary>
    public const int RunnerUpDepth = 10;

    /// <summary>
    /// The best <paramref name="top"/> chunks for <paramref name="query"/>: BM25 and, with
    /// <paramref name="queryVector"/>, vector similarity, each cut at <see cref="CandidateDepth"/> and fused by
    /// reciprocal rank.
    /// </summary>
    public IReadOnlyList<KnowledgeHit> Search(string query, float[]? queryVector, int top)
    {
        var depth = Math.Max(CandidateDepth, top);
        var lexicalQuery = Lexical.Prepare(query);
        var lexical = Lexical.Search(lexicalQuery, depth);
        var vector = queryVector is null ? [] : Vectors.Search(queryVector, depth);
        var fused = RankFusion.Fuse(lexical, vector);
        var measured = Math.Min(Math.Max(top, RunnerUpDepth), fused.Count);
        var cosines = new float?[measured];
        var matches = new double[measured]; // both-ways lexical match of FAQ hits, -1 for other chunks
        for (var i = 0; i < measured; i++)
        {
            var index = fused[i].Index;
            cosines[i] = fused[i].Cosine ?? (queryVector is null ? null : Vectors.Cosine(queryVector, index));
            matches[i] = Chunks[index].IsFaq ? Lexical.Match(lexicalQuery, index) : -1;
        }

        var hits = new KnowledgeHit[Math.Min(top, fused.Count)];
        for (var i = 0; i < hits.Length; i++)
        {
            var hit = fused[i];
            var coverage = Lexical.Coverage(lexicalQuery, hit.Index);
            hits[i] = new KnowledgeHit(
                Chunks[hit.Index], hit.Score, Confidence(coverage, cosines[i]), hit.LexicalRank, hit.VectorRank, hit.Bm25, cosines[i],
                matches[i] < 0 ? 0 : FaqConfidence(i, matches, cosines));
        }

        return hits;
    }

    /// <summary>
    /// How sure a hit is, in 0..1, on a scale that means the same whatever else the index holds (unlike BM25
    /// or RRF scores, which depend on the corpus and the list): the idf-weighted share of the query's tokens
    /// that the chunk (a FAQ pair: its question) contains, and the cosine of the two embeddings when they
    /// exist — the larger of the two, since either alone is evidence the chunk answers the question.
    /// This is what <c>Knowledge:MinConfidence</c> compares: whether the chunks are worth showing a model.
    /// </summary>
    internal static double Confidence(double coverage, float? cosine) =>
        Math.Clamp(Math.Max(coverage, cosine ?? 0), 0, 1);

    /// <summary>
    /// How safely FAQ hit <paramref name="i"/>'s answer can be sent as it is (<c>Knowledge:FaqMinConfidence</c>):
    /// its lead over the best other FAQ among the first <see cref="RunnerUpDepth"/> hits, by the both-ways
    /// lexical match (<see cref="LexicalIndex.Match"/>) and, with vectors, by the cosine — the larger lead,
    /// clamped to 0..1. A lead, not an absolute score, because the answer is sent with no model to notice a
    /// near miss: when two FAQs match about equally (return vs exchange shipping), either could be meant and
    /// a person should answer; when one clearly wins, even a loosely worded question is safe to answer. On
    /// the evaluation set this answered as many paraphrases as coverage did at a far higher precision (see
    /// the Retrieval README). An off-topic question matches nothing well, so it has no lead either. Only the
    /// FAQ ranked first can lead: the ranking (BM25 over question and answer, fused with vectors) and the
    /// match must agree; measured, letting a lower FAQ lead answered more paraphrases but wrongly more often.
    /// </summary>
    internal static double FaqConfidence(int i, double[] matches, float?[] cosines)
    {
        for (var j = 0; j < i; j++)
        {
            if (matches[j] >= 0)
            {
                return 0;
            }
        }

        double otherMatch = 0;
        double otherCosine = 0;
        for (var j = 0; j < Math.Min(matches.Length, RunnerUpDepth); j++)
        {
            if (j != i && matches[j] >= 0)
            {
                otherMatch = Math.Max(otherMatch, matches[j]);
                otherCosine = Math.Max(otherCosine, cosines[j] ?? 0);
            }
        }

        var lead = matches[i] - otherMatch;
        if (cosines[i] is { } cosine)
        {
            lead = Math.Max(lead, cosine - otherCosine);
        }

        return Math.Clamp(lead, 0, 1);
    }
}
