namespace Kf.Storage.Knowledge;

/// <summary>A chunk about to be stored with its document.</summary>
/// <param name="Ordinal">Position within the document, from 0.</param>
/// <param name="Heading">The heading path it sits under (e.g. <c>退换货 / 运费</c>), if any.</param>
/// <param name="Text">What is searched and shown to the model (for a FAQ pair: question and answer).</param>
/// <param name="Question">For a FAQ pair: the question; null for document chunks.</param>
/// <param name="Answer">For a FAQ pair: the answer sent as is in FAQ mode; null for document chunks.</param>
/// <param name="ContentHash">Lower-hex SHA-256 of <paramref name="Text"/>: the embedding cache key.</param>
/// <param name="Embedding">Its embedding, or null when no embedding endpoint is configured.</param>
public sealed record NewChunk(int Ordinal, string? Heading, string Text, string? Question, string? Answer, string ContentHash, float[]? Embedding);
