namespace Kf.Knowledge.Import;

/// <summary>What an import did; mirrors the store's save status.</summary>
public enum ImportStatus
{
    /// <summary>A new document was stored.</summary>
    Created,

    /// <summary>The document existed with other content; its chunks were replaced.</summary>
    Replaced,

    /// <summary>The document existed with the same content; nothing changed.</summary>
    Unchanged,

    /// <summary>Another document holds the same content; nothing was stored.</summary>
    Duplicate,
}
