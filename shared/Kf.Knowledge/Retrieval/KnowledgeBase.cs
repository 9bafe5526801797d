namespace Kf.Knowledge.Retrieval;

// PLACEHOLDER: replaced by the retrieval work.
internal sealed class KnowledgeBase : IKnowledgeBase
{
    public Task<IReadOnlyList<KnowledgeHit>> SearchAsync(string profile, string query, int top, CancellationToken cancellationToken) =>
        throw new NotImplementedException();

    public Task<bool> HasKnowledgeAsync(string profile, CancellationToken cancellationToken) => throw new NotImplementedException();
}
