using Kf.Storage.Knowledge;

namespace Kf.Storage.Sql;

/// <summary>A kb_documents row as Dapper reads it (times as unix milliseconds).</summary>
internal sealed class KnowledgeDocumentRow
{
    public const string Select = """
        SELECT id AS Id, profile AS Profile, name AS Name, format AS Format, content_hash AS ContentHash,
               chunk_count AS ChunkCount, imported_at AS ImportedAt
        FROM kb_documents
        """;

    public long Id { get; set; }

    public string Profile { get; set; } = "";

    public string Name { get; set; } = "";

    public string Format { get; set; } = "";

    public string ContentHash { get; set; } = "";

    public int ChunkCount { get; set; }

    public long ImportedAt { get; set; }

    public KnowledgeDocument ToDocument() =>
        new(Id, Profile, Name, Format, ContentHash, ChunkCount, DateTimeOffset.FromUnixTimeMilliseconds(ImportedAt));
}
