namespace Kf.Knowledge.Retrieval;

/// <summary>
/// Searches a profile's knowledge: BM25 over Chinese characters and bigrams and ASCII words, plus vector similarity when
/// an embedding endpoint is configured, fused by reciprocal rank. Kept in memory per profile and reloaded
/// when the stored version moves.
/// </summary>
public interface IKnowledgeBase
{
    /// <summary>The best <paramref name="top"/> hits, best first; empty when the profile holds nothing.</summary>
    Task<IReadOnlyList<KnowledgeHit>> SearchAsync(string profile, string query, int top, CancellationToken cancellationToken);

    /// <summary>Whether the profile holds any chunk (a profile without knowledge answers as before: model only).</summary>
    Task<bool> HasKnowledgeAsync(string profile, CancellationToken cancellationToken);
}
