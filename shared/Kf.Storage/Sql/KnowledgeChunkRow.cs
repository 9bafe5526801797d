using Kf.Storage.Knowledge;

namespace Kf.Storage.Sql;

/// <summary>A kb_chunks row with its document's name, as Dapper reads it.</summary>
internal sealed class KnowledgeChunkRow
{
    public long Id { get; set; }

    public long DocumentId { get; set; }

    public string DocumentName { get; set; } = "";

    public int Ordinal { get; set; }

    public string? Heading { get; set; }

    public string Text { get; set; } = "";

    public string? Question { get; set; }

    public string? Answer { get; set; }

    public string ContentHash { get; set; } = "";

    public byte[]? Embedding { get; set; }

    public string? EmbeddingModel { get; set; }

    public KnowledgeChunk ToChunk() => new(
        Id, DocumentId, DocumentName, Ordinal, Heading, Text, Question, Answer, ContentHash, EmbeddingBlob.To(Embedding, Id), EmbeddingModel);
}
