namespace Kf.Contracts;

/// <summary>
/// A sync_msg entry with <c>msgtype=event</c> (<c>enter_session</c>, <c>msg_send_fail</c>,
/// <c>session_status_change</c>, …), claimed and published once like a message.
/// </summary>
public sealed record CustomerEventReceived
{
    /// <summary>WeCom's <c>msgid</c> of the event entry.</summary>
    public required string MsgId { get; init; }

    /// <summary>The customer-service account (<c>event.open_kfid</c>, else the entry's <c>open_kfid</c>).</summary>
    public required string OpenKfId { get; init; }

    /// <summary>The customer, when the event concerns one; servicer events carry none.</summary>
    public string? ExternalUserId { get; init; }

    /// <summary>WeCom's <c>send_time</c> as an instant.</summary>
    public required DateTimeOffset SendTime { get; init; }

    /// <summary><c>event.event_type</c> as WeCom sent it, unknown types included.</summary>
    public required string EventType { get; init; }

    /// <summary>The complete entry from <c>msg_list</c>, verbatim JSON (welcome_code, fail_type, … live here).</summary>
    public required string RawJson { get; init; }
}
