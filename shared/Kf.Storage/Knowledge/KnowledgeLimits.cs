namespace Kf.Storage.Knowledge;

/// <summary>
/// The sizes <see cref="IKnowledgeStore"/> accepts (they match the columns); anything larger is refused
/// with an <see cref="ArgumentException"/> naming what is too large, and nothing is stored.
/// </summary>
public static class KnowledgeLimits
{
    /// <summary>Characters in a profile name.</summary>
    public const int MaxProfileLength = 64;

    /// <summary>Characters in a document name.</summary>
    public const int MaxNameLength = 255;

    /// <summary>Characters in a format name.</summary>
    public const int MaxFormatLength = 32;

    /// <summary>Characters in an embedding model name.</summary>
    public const int MaxModelLength = 128;

    /// <summary>UTF-8 bytes in a chunk's text, heading, question or answer (64 KiB).</summary>
    public const int MaxChunkBytes = 64 * 1024;

    /// <summary>Characters kept of an unknown question (trimmed first; longer ones are cut, not refused).</summary>
    public const int MaxQuestionLength = 1000;

    /// <summary>Characters in an unknown question's group key.</summary>
    public const int MaxGroupKeyLength = 255;

    /// <summary>The largest <c>limit</c> of <see cref="IKnowledgeStore.ListUnknownAsync"/>.</summary>
    public const int MaxListLimit = 1000;
}
