namespace Kf.WeCom.Callback;

/// <summary>Bounds applied to every callback XML document, before and after decryption.</summary>
public sealed record CallbackXmlLimits
{
    /// <summary>The bounds used unless a host configures others: real callbacks are well under 4 KiB.</summary>
    public static CallbackXmlLimits Default { get; } = new();

    /// <summary>Largest document accepted, in characters.</summary>
    public int MaxCharacters { get; init; } = 64 * 1024;

    /// <summary>Deepest element nesting accepted (the root is depth 0).</summary>
    public int MaxDepth { get; init; } = 8;

    /// <summary>Most elements accepted in one document.</summary>
    public int MaxElements { get; init; } = 256;
}
