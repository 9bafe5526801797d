using System.Globalization;
using Kf.Knowledge.Retrieval;

namespace Kf.Knowledge.Tests.Evaluation;

/// <summary>The top hit's confidence for paraphrases (which should clear the FAQ threshold) and off-topic questions (which should not).</summary>
public sealed class ConfidenceTally
{
    private readonly List<(double Confidence, bool Correct)> _paraphrases = [];
    private readonly List<double> _offTopic = [];

    public void AddParaphrase(IReadOnlyList<KnowledgeHit> hits, long expected) =>
        _paraphrases.Add(hits.Count == 0 ? (0, false) : (hits[0].Confidence, hits[0].Chunk.Id == expected));

    public void AddOffTopic(IReadOnlyList<KnowledgeHit> hits) => _offTopic.Add(hits.Count == 0 ? 0 : hits[0].Confidence);

    /// <summary>Share of paraphrases whose top hit clears <paramref name="threshold"/>.</summary>
    public double ParaphrasesClearing(double threshold) => (double)_paraphrases.Count(p => p.Confidence >= threshold) / _paraphrases.Count;

    /// <summary>Among paraphrases clearing <paramref name="threshold"/>, the share whose top hit is the right FAQ (what FAQ mode would send).</summary>
    public double PrecisionClearing(double threshold) =>
        _paraphrases.Count(p => p.Confidence >= threshold) is var n and > 0
            ? (double)_paraphrases.Count(p => p.Confidence >= threshold && p.Correct) / n
            : 0;

    public int OffTopicClearing(double threshold) => _offTopic.Count(c => c >= threshold);

    public int OffTopicCount => _offTopic.Count;

    /// <summary>Quantiles of both distributions, to choose the thresholds.</summary>
    public string Distribution()
    {
        var right = _paraphrases.Where(p => p.Correct).Select(p => p.Confidence).Order().ToList();
        var wrong = _paraphrases.Where(p => !p.Correct).Select(p => p.Confidence).Order().ToList();
        var off = _offTopic.Order().ToList();
        return string.Create(CultureInfo.InvariantCulture,
            $"top-hit confidence p10/p25/p50/p75/p90 — right FAQ ({right.Count}): {Quantiles(right)}; wrong FAQ ({wrong.Count}): {Quantiles(wrong)}; off-topic: {Quantiles(off)}");
    }

    /// <summary>For each threshold: the share of paraphrases clearing it, the right-FAQ share among those, and off-topic questions clearing it.</summary>
    public string Sweep() => string.Join("; ", Enumerable.Range(4, 10).Select(i => i * 0.05).Select(t => string.Create(CultureInfo.InvariantCulture,
        $"{t:0.00}: {ParaphrasesClearing(t):0.00} right {PrecisionClearing(t):0.00} off {OffTopicClearing(t)}")));

    private static string Quantiles(List<double> sorted) =>
        sorted.Count == 0 ? "-" : string.Join('/', new[] { 0.1, 0.25, 0.5, 0.75, 0.9 }.Select(q => sorted[(int)(q * (sorted.Count - 1))].ToString("0.00", CultureInfo.InvariantCulture)));

    public string Describe(KnowledgeOptions options) => string.Create(CultureInfo.InvariantCulture,
        $"paraphrases clearing FaqMinConfidence {options.FaqMinConfidence:0.00}: {ParaphrasesClearing(options.FaqMinConfidence):0.00} " +
        $"(right FAQ among them {PrecisionClearing(options.FaqMinConfidence):0.00}), clearing MinConfidence {options.MinConfidence:0.00}: " +
        $"{ParaphrasesClearing(options.MinConfidence):0.00} | off-topic clearing FaqMinConfidence {OffTopicClearing(options.FaqMinConfidence)} " +
        $"of {OffTopicCount}, MinConfidence {OffTopicClearing(options.MinConfidence)} of {OffTopicCount}");
}
