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
        var hits = new KnowledgeHit[Math.Min(top, fused.Count)];
        for (var i = 0; i < hits.Length; i++)
        {
            var hit = fused[i];
            var cosine = hit.Cosine ?? (queryVector is null ? null : Vectors.Cosine(queryVector, hit.Index));
            var coverage = Lexical.Coverage(lexicalQuery, hit.Index);
            hits[i] = new KnowledgeHit(
                Chunks[hit.Index], hit.Score, Confidence(coverage, cosine), hit.LexicalRank, hit.VectorRank, hit.Bm25, cosine);
        }

        return hits;
    }

    /// <summary>
    /// How sure a hit is, in 0..1, on a scale that means the same whatever else the index holds (unlike BM25
    /// or RRF scores, which depend on the corpus and the list): the idf-weighted share of the query's tokens
    /// that the chunk (a FAQ pair: its question) contains, and the cosine of the two embeddings when they
    /// exist — the larger of the two, since either alone is evidence the chunk answers the question.
    /// </summary>
    internal static double Confidence(double coverage, float? cosine) =>
        Math.Clamp(Math.Max(coverage, cosine ?? 0), 0, 1);
}
