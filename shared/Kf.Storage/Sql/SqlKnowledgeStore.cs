using Kf.Storage.Knowledge;

namespace Kf.Storage.Sql;

// PLACEHOLDER: replaced by the knowledge storage work (migration 0004_knowledge).
internal sealed class SqlKnowledgeStore(Database database, TimeProvider time) : IKnowledgeStore
{
    private readonly Database _database = database;
    private readonly TimeProvider _time = time;

    public Task<DocumentSave> SaveDocumentAsync(
        string profile, string name, string format, string contentHash, IReadOnlyList<NewChunk> chunks, string? embeddingModel, CancellationToken cancellationToken = default) =>
        throw new NotImplementedException();

    public Task<KnowledgeDocument?> FindDocumentAsync(string profile, string name, CancellationToken cancellationToken = default) => throw new NotImplementedException();

    public Task<IReadOnlyList<KnowledgeDocument>> ListDocumentsAsync(string profile, CancellationToken cancellationToken = default) => throw new NotImplementedException();

    public Task<bool> DeleteDocumentAsync(string profile, long documentId, CancellationToken cancellationToken = default) => throw new NotImplementedException();

    public Task<IReadOnlyList<KnowledgeChunk>> LoadChunksAsync(string profile, CancellationToken cancellationToken = default) => throw new NotImplementedException();

    public Task<long> GetVersionAsync(string profile, CancellationToken cancellationToken = default) => throw new NotImplementedException();

    public Task<IReadOnlyDictionary<string, float[]>> FindEmbeddingsAsync(
        string model, IReadOnlyCollection<string> contentHashes, CancellationToken cancellationToken = default) => throw new NotImplementedException();

    public Task RecordUnknownAsync(UnknownQuestion question, CancellationToken cancellationToken = default) => throw new NotImplementedException();

    public Task<IReadOnlyList<UnknownQuestionGroup>> ListUnknownAsync(
        string profile, bool includeResolved, int limit, CancellationToken cancellationToken = default) => throw new NotImplementedException();

    public Task<int> ResolveUnknownAsync(string profile, string groupKey, CancellationToken cancellationToken = default) => throw new NotImplementedException();
}
