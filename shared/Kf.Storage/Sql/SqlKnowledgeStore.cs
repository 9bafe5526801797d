using System.Data.Common;
using Dapper;
using Kf.Storage.Knowledge;

namespace Kf.Storage.Sql;

/// <summary>
/// The knowledge base on MySQL or SQLite. Every change of a profile runs in one transaction that first
/// locks the profile's kb_versions row (see <see cref="DialectSql.LockKnowledgeVersion"/>), so replicas
/// importing at once take turns: each sees the one before it committed, the (profile, name) key never
/// races, a reader never sees half a document, and the version moves once per change. The unknown-question
/// log is in SqlKnowledgeStore.UnknownQuestions.cs.
/// </summary>
internal sealed partial class SqlKnowledgeStore(Database database, TimeProvider time) : IKnowledgeStore
{
    // Dapper expands an IN list into one parameter per value: batches stay far below the drivers' limits.
    private const int Batch = 500;

    public async Task<DocumentSave> SaveDocumentAsync(
        string profile, string name, string format, string contentHash, IReadOnlyList<NewChunk> chunks, string? embeddingModel, CancellationToken cancellationToken = default)
    {
        KnowledgeArguments.Document(profile, name, format, contentHash, chunks, embeddingModel);
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await LockProfileAsync(connection, transaction, profile, cancellationToken);
        var existing = await FindAsync(connection, transaction, "WHERE profile = @profile AND name = @name", new { profile, name }, cancellationToken);
        if (existing is not null && existing.ContentHash == contentHash)
        {
            return new DocumentSave(DocumentSaveStatus.Unchanged, existing);
        }

        var holder = await FindAsync(
            connection, transaction, "WHERE profile = @profile AND content_hash = @contentHash AND name <> @name ORDER BY id LIMIT 1",
            new { profile, contentHash, name }, cancellationToken);
        if (holder is not null)
        {
            return new DocumentSave(DocumentSaveStatus.Duplicate, holder);
        }

        var document = new { profile, name, format, contentHash, chunkCount = chunks.Count, importedAt = time.GetUtcNow().ToUnixTimeMilliseconds() };
        long id;
        if (existing is null)
        {
            await connection.ExecuteAsync(new CommandDefinition(
                """
                INSERT INTO kb_documents (profile, name, format, content_hash, chunk_count, imported_at)
                VALUES (@profile, @name, @format, @contentHash, @chunkCount, @importedAt)
                """, document, transaction, cancellationToken: cancellationToken));
            id = await connection.ExecuteScalarAsync<long>(new CommandDefinition(
                "SELECT id FROM kb_documents WHERE profile = @profile AND name = @name", document, transaction, cancellationToken: cancellationToken));
        }
        else
        {
            id = existing.Id;
            await DeleteChunksAsync(connection, transaction, id, cancellationToken);
            await connection.ExecuteAsync(new CommandDefinition(
                """
                UPDATE kb_documents SET format = @format, content_hash = @contentHash, chunk_count = @chunkCount, imported_at = @importedAt
                WHERE id = @id
                """, new { id, format, contentHash, document.chunkCount, document.importedAt }, transaction, cancellationToken: cancellationToken));
        }

        await InsertChunksAsync(connection, transaction, id, profile, chunks, embeddingModel, cancellationToken);
        await BumpVersionAsync(connection, transaction, profile, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new DocumentSave(
            existing is null ? DocumentSaveStatus.Created : DocumentSaveStatus.Replaced,
            new KnowledgeDocument(id, profile, name, format, contentHash, chunks.Count, DateTimeOffset.FromUnixTimeMilliseconds(document.importedAt)));
    }

    public async Task<KnowledgeDocument?> FindDocumentAsync(string profile, string name, CancellationToken cancellationToken = default)
    {
        KnowledgeArguments.Text(profile, KnowledgeLimits.MaxProfileLength, nameof(profile));
        KnowledgeArguments.Text(name, KnowledgeLimits.MaxNameLength, nameof(name));
        await using var connection = await database.OpenAsync(cancellationToken);
        return await FindAsync(connection, null, "WHERE profile = @profile AND name = @name", new { profile, name }, cancellationToken);
    }

    public async Task<IReadOnlyList<KnowledgeDocument>> ListDocumentsAsync(string profile, CancellationToken cancellationToken = default)
    {
        KnowledgeArguments.Text(profile, KnowledgeLimits.MaxProfileLength, nameof(profile));
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<KnowledgeDocumentRow>(new CommandDefinition(
            $"{KnowledgeDocumentRow.Select} WHERE profile = @profile ORDER BY name", new { profile }, cancellationToken: cancellationToken));
        return rows.Select(row => row.ToDocument()).ToList();
    }

    public async Task<bool> DeleteDocumentAsync(string profile, long documentId, CancellationToken cancellationToken = default)
    {
        KnowledgeArguments.Text(profile, KnowledgeLimits.MaxProfileLength, nameof(profile));
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await LockProfileAsync(connection, transaction, profile, cancellationToken);
        var found = await connection.ExecuteScalarAsync<long?>(new CommandDefinition(
            "SELECT id FROM kb_documents WHERE id = @documentId AND profile = @profile", new { documentId, profile }, transaction, cancellationToken: cancellationToken));
        if (found is null)
        {
            return false;
        }

        await DeleteChunksAsync(connection, transaction, documentId, cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            "DELETE FROM kb_documents WHERE id = @documentId", new { documentId }, transaction, cancellationToken: cancellationToken));
        await BumpVersionAsync(connection, transaction, profile, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return true;
    }

    /// <remarks>One statement, so one snapshot: never a document half replaced.</remarks>
    public async Task<IReadOnlyList<KnowledgeChunk>> LoadChunksAsync(string profile, CancellationToken cancellationToken = default)
    {
        KnowledgeArguments.Text(profile, KnowledgeLimits.MaxProfileLength, nameof(profile));
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<KnowledgeChunkRow>(new CommandDefinition(
            """
            SELECT c.id AS Id, c.document_id AS DocumentId, d.name AS DocumentName, c.ordinal AS Ordinal, c.heading AS Heading,
                   c.text AS Text, c.question AS Question, c.answer AS Answer, c.content_hash AS ContentHash,
                   c.embedding AS Embedding, c.embedding_model AS EmbeddingModel
            FROM kb_chunks c JOIN kb_documents d ON d.id = c.document_id
            WHERE c.profile = @profile
            ORDER BY d.name, c.ordinal
            """, new { profile }, cancellationToken: cancellationToken));
        return rows.Select(row => row.ToChunk()).ToList();
    }

    public async Task<long> GetVersionAsync(string profile, CancellationToken cancellationToken = default)
    {
        KnowledgeArguments.Text(profile, KnowledgeLimits.MaxProfileLength, nameof(profile));
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.ExecuteScalarAsync<long?>(new CommandDefinition(
            "SELECT version FROM kb_versions WHERE profile = @profile", new { profile }, cancellationToken: cancellationToken)) ?? 0;
    }

    /// <remarks>Across profiles: the same text embedded by the same model is the same vector wherever it was imported.</remarks>
    public async Task<IReadOnlyDictionary<string, float[]>> FindEmbeddingsAsync(
        string model, IReadOnlyCollection<string> contentHashes, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(model);
        ArgumentNullException.ThrowIfNull(contentHashes);
        var found = new Dictionary<string, float[]>(StringComparer.Ordinal);
        if (contentHashes.Count == 0)
        {
            return found;
        }

        await using var connection = await database.OpenAsync(cancellationToken);
        foreach (var hashes in contentHashes.Distinct(StringComparer.Ordinal).Chunk(Batch))
        {
            var rows = await connection.QueryAsync<KnowledgeChunkRow>(new CommandDefinition(
                """
                SELECT id AS Id, content_hash AS ContentHash, embedding AS Embedding FROM kb_chunks
                WHERE embedding_model = @model AND content_hash IN @hashes AND embedding IS NOT NULL
                """, new { model, hashes }, cancellationToken: cancellationToken));
            foreach (var row in rows)
            {
                found.TryAdd(row.ContentHash, EmbeddingBlob.To(row.Embedding, row.Id)!);
            }
        }

        return found;
    }

    private async Task LockProfileAsync(DbConnection connection, DbTransaction transaction, string profile, CancellationToken cancellationToken) =>
        await connection.ExecuteAsync(new CommandDefinition(database.Sql.LockKnowledgeVersion, new { Profile = profile }, transaction, cancellationToken: cancellationToken));

    private static async Task BumpVersionAsync(DbConnection connection, DbTransaction transaction, string profile, CancellationToken cancellationToken) =>
        await connection.ExecuteAsync(new CommandDefinition(
            "UPDATE kb_versions SET version = version + 1 WHERE profile = @profile", new { profile }, transaction, cancellationToken: cancellationToken));

    private static async Task<KnowledgeDocument?> FindAsync(
        DbConnection connection, DbTransaction? transaction, string where, object arguments, CancellationToken cancellationToken)
    {
        var row = await connection.QuerySingleOrDefaultAsync<KnowledgeDocumentRow>(new CommandDefinition(
            $"{KnowledgeDocumentRow.Select} {where}", arguments, transaction, cancellationToken: cancellationToken));
        return row?.ToDocument();
    }

    private static async Task InsertChunksAsync(
        DbConnection connection, DbTransaction transaction, long documentId, string profile, IReadOnlyList<NewChunk> chunks, string? model, CancellationToken cancellationToken) =>
        await connection.ExecuteAsync(new CommandDefinition(
            """
            INSERT INTO kb_chunks (document_id, profile, ordinal, heading, text, question, answer, content_hash, embedding, embedding_model)
            VALUES (@documentId, @profile, @Ordinal, @Heading, @Text, @Question, @Answer, @ContentHash, @Embedding, @EmbeddingModel)
            """,
            chunks.Select(chunk => new
            {
                documentId,
                profile,
                chunk.Ordinal,
                chunk.Heading,
                chunk.Text,
                chunk.Question,
                chunk.Answer,
                chunk.ContentHash,
                Embedding = EmbeddingBlob.From(chunk.Embedding),
                EmbeddingModel = chunk.Embedding is null ? null : model,
            }).ToList(),
            transaction, cancellationToken: cancellationToken));

    // By primary key, not by document_id: on MySQL a delete over a range of an index also locks the
    // gaps beside it, where another profile's import may be inserting at the same time.
    private static async Task DeleteChunksAsync(DbConnection connection, DbTransaction transaction, long documentId, CancellationToken cancellationToken)
    {
        var ids = await connection.QueryAsync<long>(new CommandDefinition(
            "SELECT id FROM kb_chunks WHERE document_id = @documentId", new { documentId }, transaction, cancellationToken: cancellationToken));
        foreach (var batch in ids.Chunk(Batch))
        {
            await connection.ExecuteAsync(new CommandDefinition(
                "DELETE FROM kb_chunks WHERE id IN @batch", new { batch }, transaction, cancellationToken: cancellationToken));
        }
    }
}
