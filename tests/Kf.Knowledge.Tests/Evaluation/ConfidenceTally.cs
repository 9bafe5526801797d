using System.Globalization;
using Kf.Knowledge.Retrieval;

namespace Kf.Knowledge.Tests.Evaluation;

/// <summary>
/// The top hit's confidence (<c>MinConfidence</c>) and the best FAQ confidence (<c>FaqMinConfidence</c>, picked as
/// the responder picks it) for paraphrases, which should clear the thresholds, and off-topic questions, which should not.
/// </summary>
public sealed class ConfidenceTally
{
    private readonly List<(double Confidence, double Faq, bool FaqCorrect)> _paraphrases = [];
    private readonly List<(double Confidence, double Faq)> _offTopic = [];

    public void AddParaphrase(IReadOnlyList<KnowledgeHit> hits, long expected)
    {
        var faq = BestFaq(hits);
        _paraphrases.Add((hits.Count == 0 ? 0 : hits[0].Confidence, faq?.FaqConfidence ?? 0, faq?.Chunk.Id == expected));
    }

    public void AddOffTopic(IReadOnlyList<KnowledgeHit> hits) =>
        _offTopic.Add((hits.Count == 0 ? 0 : hits[0].Confidence, BestFaq(hits)?.FaqConfidence ?? 0));

    /// <summary>Share of paraphrases whose top hit clears <paramref name="threshold"/> (<c>MinConfidence</c>).</summary>
    public double ParaphrasesClearing(double threshold) => (double)_paraphrases.Count(p => p.Confidence >= threshold) / _paraphrases.Count;

    public int OffTopicClearing(double threshold) => _offTopic.Count(c => c.Confidence >= threshold);

    /// <summary>Share of paraphrases FAQ mode would answer at <paramref name="threshold"/> (<c>FaqMinConfidence</c>).</summary>
    public double FaqAnswered(double threshold) => (double)_paraphrases.Count(p => p.Faq >= threshold) / _paraphrases.Count;

    /// <summary>Among the paraphrases FAQ mode would answer at <paramref name="threshold"/>, the share it would answer with the right FAQ.</summary>
    public double FaqPrecision(double threshold) =>
        _paraphrases.Count(p => p.Faq >= threshold) is var n and > 0
            ? (double)_paraphrases.Count(p => p.Faq >= threshold && p.FaqCorrect) / n
            : 0;

    public int OffTopicFaqAnswered(double threshold) => _offTopic.Count(c => c.Faq >= threshold);

    public int OffTopicCount => _offTopic.Count;

    /// <summary>Quantiles of both distributions, to choose the thresholds.</summary>
    public string Distribution()
    {
        var right = _paraphrases.Where(p => p.FaqCorrect).Select(p => p.Faq).Order().ToList();
        var wrong = _paraphrases.Where(p => !p.FaqCorrect).Select(p => p.Faq).Order().ToList();
        var off = _offTopic.Select(c => c.Faq).Order().ToList();
        return string.Create(CultureInfo.InvariantCulture,
            $"best FAQ confidence p10/p25/p50/p75/p90 — right FAQ ({right.Count}): {Quantiles(right)}; wrong FAQ ({wrong.Count}): {Quantiles(wrong)}; off-topic: {Quantiles(off)}");
    }

    /// <summary>For each FAQ threshold: the share of paraphrases FAQ mode answers, the right-FAQ share among those, and off-topic questions answered.</summary>
    public string FaqSweep() => string.Join("; ", Enumerable.Range(1, 12).Select(i => i * 0.05).Select(t => string.Create(CultureInfo.InvariantCulture,
        $"{t:0.00}: {FaqAnswered(t):0.00} right {FaqPrecision(t):0.00} off {OffTopicFaqAnswered(t)}")));

    /// <summary>For each threshold: the share of paraphrases whose top hit clears it and off-topic questions clearing it.</summary>
    public string Sweep() => string.Join("; ", Enumerable.Range(2, 10).Select(i => i * 0.05).Select(t => string.Create(CultureInfo.InvariantCulture,
        $"{t:0.00}: {ParaphrasesClearing(t):0.00} off {OffTopicClearing(t)}")));

    private static string Quantiles(List<double> sorted) =>
        sorted.Count == 0 ? "-" : string.Join('/', new[] { 0.1, 0.25, 0.5, 0.75, 0.9 }.Select(q => sorted[(int)(q * (sorted.Count - 1))].ToString("0.00", CultureInfo.InvariantCulture)));

    public string Describe(KnowledgeOptions options) => string.Create(CultureInfo.InvariantCulture,
        $"paraphrases answered in FAQ mode (FaqMinConfidence {options.FaqMinConfidence:0.00}): {FaqAnswered(options.FaqMinConfidence):0.00} " +
        $"(right FAQ among them {FaqPrecision(options.FaqMinConfidence):0.00}), clearing MinConfidence {options.MinConfidence:0.00}: " +
        $"{ParaphrasesClearing(options.MinConfidence):0.00} | off-topic answered in FAQ mode {OffTopicFaqAnswered(options.FaqMinConfidence)} " +
        $"of {OffTopicCount}, clearing MinConfidence {OffTopicClearing(options.MinConfidence)} of {OffTopicCount}");

    // As the responder chooses the FAQ to send (Retrieved.BestFaq).
    private static KnowledgeHit? BestFaq(IReadOnlyList<KnowledgeHit> hits) => hits.Where(h => h.Chunk.IsFaq).MaxBy(h => h.FaqConfidence);
}
