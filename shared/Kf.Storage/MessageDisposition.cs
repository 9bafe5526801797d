namespace Kf.Storage;

/// <summary>What intake did with a pulled message. Stored as its name.</summary>
public enum MessageDisposition
{
    /// <summary>A customer message (origin 3) published for answering.</summary>
    Published,

    /// <summary>A system event (origin 4) published as an event.</summary>
    EventPublished,

    /// <summary>Older than the stale window at cold start: recorded, never answered (invariant 7).</summary>
    Stale,

    /// <summary>Written by a human servicer in the WeCom client (origin 5): recorded only.</summary>
    ServicerMessage,

    /// <summary>An origin this version does not know: recorded only, never dropped silently.</summary>
    Ignored,
}
