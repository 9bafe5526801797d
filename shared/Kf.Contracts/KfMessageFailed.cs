namespace Kf.Contracts;

/// <summary>
/// The sender gave up on one part: a permanent WeCom error (95018 a human holds the session, 95002
/// 48 h passed, 40096, …) or retries exhausted. Recorded; nothing resends it by itself.
/// </summary>
public sealed record KfMessageFailed
{
    /// <summary>The <see cref="SendKfMessage.SendMsgId"/> that failed.</summary>
    public required string SendMsgId { get; init; }

    /// <summary>The customer msgid the part answers.</summary>
    public required string SourceMsgId { get; init; }

    /// <summary>The sending account.</summary>
    public required string OpenKfId { get; init; }

    /// <summary>The recipient.</summary>
    public required string ExternalUserId { get; init; }

    /// <summary>The part number that failed.</summary>
    public required int Part { get; init; }

    /// <summary>WeCom's <c>errcode</c>, or null when the failure was not an API answer (network, timeout).</summary>
    public int? ErrCode { get; init; }

    /// <summary>Why, for people: WeCom's <c>errmsg</c> or the exception's message. Never branch on it.</summary>
    public required string Reason { get; init; }

    /// <summary>send_msg calls made for the part (0 when it was given up before any, e.g. throttled too long).</summary>
    public int Attempts { get; init; }

    /// <summary>When the sender gave up (sender clock).</summary>
    public required DateTimeOffset FailedAt { get; init; }
}
