namespace Kf.Storage.Knowledge;

/// <summary>
/// The knowledge base's durable state, per bot profile: documents, their chunks (with embeddings), a
/// version that moves on every change (so every replica's in-memory index knows when to reload), and
/// the unknown-question log.
/// </summary>
public interface IKnowledgeStore
{
    /// <summary>
    /// Stores a document and its chunks in one transaction: a new name is created; an existing name with
    /// other content has its chunks replaced; the same content under the same name changes nothing; content
    /// already held by another document of the profile is not stored again (<see cref="DocumentSaveStatus.Duplicate"/>).
    /// Bumps the profile's version when anything changed.
    /// </summary>
    Task<DocumentSave> SaveDocumentAsync(
        string profile, string name, string format, string contentHash, IReadOnlyList<NewChunk> chunks, string? embeddingModel, CancellationToken cancellationToken = default);

    /// <summary>The document of that name, or null.</summary>
    Task<KnowledgeDocument?> FindDocumentAsync(string profile, string name, CancellationToken cancellationToken = default);

    /// <summary>The profile's documents, by name.</summary>
    Task<IReadOnlyList<KnowledgeDocument>> ListDocumentsAsync(string profile, CancellationToken cancellationToken = default);

    /// <summary>Deletes a document and its chunks; false when the profile has no such document. Bumps the version.</summary>
    Task<bool> DeleteDocumentAsync(string profile, long documentId, CancellationToken cancellationToken = default);

    /// <summary>Every chunk of the profile, for the in-memory index.</summary>
    Task<IReadOnlyList<KnowledgeChunk>> LoadChunksAsync(string profile, CancellationToken cancellationToken = default);

    /// <summary>The profile's version: 0 before anything is stored, then larger after every change.</summary>
    Task<long> GetVersionAsync(string profile, CancellationToken cancellationToken = default);

    /// <summary>Stored embeddings by content hash for <paramref name="model"/>: an unchanged chunk is never embedded twice.</summary>
    Task<IReadOnlyDictionary<string, float[]>> FindEmbeddingsAsync(
        string model, IReadOnlyCollection<string> contentHashes, CancellationToken cancellationToken = default);

    /// <summary>Records an unknown question; the same msgid twice is stored once.</summary>
    Task RecordUnknownAsync(UnknownQuestion question, CancellationToken cancellationToken = default);

    /// <summary>Unknown questions grouped by <see cref="UnknownQuestion.GroupKey"/>, most asked first.</summary>
    Task<IReadOnlyList<UnknownQuestionGroup>> ListUnknownAsync(
        string profile, bool includeResolved, int limit, CancellationToken cancellationToken = default);

    /// <summary>Marks a group resolved (after a Q/A pair was added for it); returns how many questions it covered.</summary>
    Task<int> ResolveUnknownAsync(string profile, string groupKey, CancellationToken cancellationToken = default);
}
