using Kf.Knowledge.Retrieval;
using Kf.Knowledge.Tests.Support;
using Kf.Storage.Knowledge;

namespace Kf.Knowledge.Tests.Evaluation;

/// <summary>
/// Indexes the evaluation FAQ as FAQ chunks embedded by the hashing embedder, runs every paraphrase in
/// each mode and the off-topic questions, and keeps the figures. Computed once per test run (a fixture).
/// </summary>
public sealed class RetrievalEvaluation
{
    private const int Depth = 5;

    public RetrievalEvaluation()
    {
        Set = EvaluationSet.Load();
        var embedder = new HashingEmbeddingClient();
        var chunks = Set.Faqs.Select((f, i) => Chunks.Faq(i, f.Question, f.Answer, Chunks.Hashing, embedder.Model)).ToList();
        var snapshot = new IndexSnapshot(1, chunks, embedder.Model);
        var lexicalOnly = new IndexSnapshot(1, chunks, null); // a deployment without an embedding endpoint

        foreach (var paraphrase in Set.Paraphrases)
        {
            var expected = Set.Faqs.Select(f => f.Id).ToList().IndexOf(paraphrase.Faq);
            var vector = Chunks.Hashing(paraphrase.Question);
            var lexical = lexicalOnly.Search(paraphrase.Question, null, Depth);
            var hybrid = snapshot.Search(paraphrase.Question, vector, Depth);
            Lexical.Add(lexical.Select(h => h.Chunk.Id).ToList(), expected);
            Vector.Add(snapshot.Vectors.Search(vector, Depth).Select(h => (long)h.Index).ToList(), expected);
            Hybrid.Add(hybrid.Select(h => h.Chunk.Id).ToList(), expected);
            LexicalConfidence.AddParaphrase(lexical, expected);
            HybridConfidence.AddParaphrase(hybrid, expected);
        }

        foreach (var question in OffTopicQuestions.All)
        {
            LexicalConfidence.AddOffTopic(lexicalOnly.Search(question, null, 1));
            HybridConfidence.AddOffTopic(snapshot.Search(question, Chunks.Hashing(question), 1));
        }

        foreach (var boost in new[] { 0, 1, 2, 3 })
        {
            var index = new LexicalIndex(chunks, boost);
            var recall = new RecallAtK();
            foreach (var paraphrase in Set.Paraphrases)
            {
                recall.Add(index.Search(index.Prepare(paraphrase.Question), Depth).Select(h => (long)h.Index).ToList(),
                    Set.Faqs.Select(f => f.Id).ToList().IndexOf(paraphrase.Faq));
            }

            LexicalByQuestionBoost[boost] = recall;
        }
    }

    public EvaluationSet Set { get; }

    public RecallAtK Lexical { get; } = new();

    public RecallAtK Vector { get; } = new();

    public RecallAtK Hybrid { get; } = new();

    public ConfidenceTally LexicalConfidence { get; } = new();

    public ConfidenceTally HybridConfidence { get; } = new();

    /// <summary>Lexical recall with the FAQ question counted 1 + boost times, to choose <see cref="LexicalIndex.QuestionBoost"/>.</summary>
    public Dictionary<int, RecallAtK> LexicalByQuestionBoost { get; } = [];

    /// <summary>The report: one line of recall per mode, one of confidence per deployment.</summary>
    public IReadOnlyList<string> ReportLines(KnowledgeOptions options) =>
    [
        $"retrieval eval ({Set.Paraphrases.Count} questions, {Set.Faqs.Count} FAQ): lexical {Lexical} | vector {Vector} | hybrid {Hybrid}",
        $"retrieval confidence, hybrid: {HybridConfidence.Describe(options)}",
        $"retrieval confidence, lexical only: {LexicalConfidence.Describe(options)}",
    ];
}
