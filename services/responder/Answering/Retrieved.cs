using System.Globalization;
using Kf.Knowledge.Retrieval;
using Kf.Responder.Backends;

namespace Kf.Responder.Answering;

/// <summary>What the knowledge base found for one message of a profile that has knowledge.</summary>
/// <param name="Profile">The bot profile searched.</param>
/// <param name="Hits">The top hits, best first (may be empty: nothing matched).</param>
internal sealed record Retrieved(string Profile, IReadOnlyList<KnowledgeHit> Hits)
{
    /// <summary>The highest confidence of any hit, 0 when nothing matched (hits are ordered by fused score, not confidence).</summary>
    public double BestConfidence => Hits.Count == 0 ? 0 : Hits.Max(h => h.Confidence);

    /// <summary>The FAQ pair that most clearly beats the others (<see cref="KnowledgeHit.FaqConfidence"/>), or null.</summary>
    public KnowledgeHit? BestFaq => Hits.Where(h => h.Chunk.IsFaq).MaxBy(h => h.FaqConfidence);

    public IReadOnlyList<KnowledgeExcerpt> Excerpts => [.. Hits.Select(h => new KnowledgeExcerpt(h.Chunk.DocumentName, h.Chunk.Heading, h.Chunk.Text))];

    /// <summary>A confidence for plan reasons and logs.</summary>
    public static string Format(double confidence) => confidence.ToString("0.00", CultureInfo.InvariantCulture);
}
