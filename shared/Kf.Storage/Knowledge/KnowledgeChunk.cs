namespace Kf.Storage.Knowledge;

/// <summary>A stored chunk, as the retrieval index loads it.</summary>
/// <param name="Id">Database id.</param>
/// <param name="DocumentId">Its document.</param>
/// <param name="DocumentName">Its document's name, for citations and the admin API.</param>
/// <param name="Ordinal">Position within the document, from 0.</param>
/// <param name="Heading">The heading path it sits under, if any.</param>
/// <param name="Text">What is searched and shown to the model.</param>
/// <param name="Question">For a FAQ pair: the question; null for document chunks.</param>
/// <param name="Answer">For a FAQ pair: the answer; null for document chunks.</param>
/// <param name="ContentHash">Lower-hex SHA-256 of <paramref name="Text"/>.</param>
/// <param name="Embedding">Its embedding, or null.</param>
/// <param name="EmbeddingModel">The model that produced <paramref name="Embedding"/>; vectors of another model are not compared.</param>
public sealed record KnowledgeChunk(
    long Id,
    long DocumentId,
    string DocumentName,
    int Ordinal,
    string? Heading,
    string Text,
    string? Question,
    string? Answer,
    string ContentHash,
    float[]? Embedding,
    string? EmbeddingModel)
{
    /// <summary>Whether this chunk is a FAQ pair (answerable without a model).</summary>
    public bool IsFaq => Question is not null && Answer is not null;
}
