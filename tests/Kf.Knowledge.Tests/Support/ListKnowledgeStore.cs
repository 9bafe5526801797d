using Kf.Storage.Knowledge;

namespace Kf.Knowledge.Tests.Support;

/// <summary>
/// The two reads retrieval makes of a store (chunks and version per profile), over lists the test sets,
/// counting loads; until the SQL store is on main. Writes are not part of retrieval and throw.
/// </summary>
public sealed class ListKnowledgeStore : IKnowledgeStore
{
    private readonly Dictionary<string, (long Version, IReadOnlyList<KnowledgeChunk> Chunks)> _profiles = [];

    public int Loads { get; private set; }

    public int VersionReads { get; private set; }

    public Exception? Failure { get; set; }

    public void Put(string profile, params KnowledgeChunk[] chunks)
    {
        lock (_profiles)
        {
            _profiles[profile] = (_profiles.GetValueOrDefault(profile).Version + 1, chunks);
        }
    }

    public Task<IReadOnlyList<KnowledgeChunk>> LoadChunksAsync(string profile, CancellationToken cancellationToken = default)
    {
        lock (_profiles)
        {
            Loads++;
            return Failure is null
                ? Task.FromResult(_profiles.GetValueOrDefault(profile).Chunks ?? [])
                : Task.FromException<IReadOnlyList<KnowledgeChunk>>(Failure);
        }
    }

    public Task<long> GetVersionAsync(string profile, CancellationToken cancellationToken = default)
    {
        lock (_profiles)
        {
            VersionReads++;
            return Failure is null ? Task.FromResult(_profiles.GetValueOrDefault(profile).Version) : Task.FromException<long>(Failure);
        }
    }

    public Task<DocumentSave> SaveDocumentAsync(
        string profile, string name, string format, string contentHash, IReadOnlyList<NewChunk> chunks, string? embeddingModel, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException();

    public Task<KnowledgeDocument?> FindDocumentAsync(string profile, string name, CancellationToken cancellationToken = default) => throw new NotSupportedException();

    public Task<IReadOnlyList<KnowledgeDocument>> ListDocumentsAsync(string profile, CancellationToken cancellationToken = default) => throw new NotSupportedException();

    public Task<bool> DeleteDocumentAsync(string profile, long documentId, CancellationToken cancellationToken = default) => throw new NotSupportedException();

    public Task<IReadOnlyDictionary<string, float[]>> FindEmbeddingsAsync(
        string model, IReadOnlyCollection<string> contentHashes, CancellationToken cancellationToken = default) => throw new NotSupportedException();

    public Task RecordUnknownAsync(UnknownQuestion question, CancellationToken cancellationToken = default) => throw new NotSupportedException();

    public Task<IReadOnlyList<UnknownQuestionGroup>> ListUnknownAsync(
        string profile, bool includeResolved, int limit, CancellationToken cancellationToken = default) => throw new NotSupportedException();

    public Task<int> ResolveUnknownAsync(string profile, string groupKey, CancellationToken cancellationToken = default) => throw new NotSupportedException();
}
