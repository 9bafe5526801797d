namespace Kf.WeCom.Models.Events;

/// <summary>What happened to a session (<c>session_status_change.change_type</c>).</summary>
public enum SessionChangeType
{
    /// <summary>A servicer picked it from the queue.</summary>
    PickedFromQueue = 1,

    /// <summary>Transferred to another servicer.</summary>
    Transferred = 2,

    /// <summary>Ended.</summary>
    Ended = 3,

    /// <summary>Re-opened by a servicer.</summary>
    Reopened = 4,
}
