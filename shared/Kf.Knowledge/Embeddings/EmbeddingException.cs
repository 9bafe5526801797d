namespace Kf.Knowledge.Embeddings;

/// <summary>
/// The embedding endpoint failed, timed out or answered something unusable. The message names what went
/// wrong and never carries the key or the texts.
/// </summary>
public sealed class EmbeddingException(string message, Exception? innerException = null) : Exception(message, innerException);
