namespace Kf.Storage;

/// <summary>One pulled message as intake recorded it. The raw JSON keeps every msgtype whole.</summary>
public sealed record MessageLogEntry
{
    /// <summary>WeCom's msgid: the key.</summary>
    public required string MsgId { get; init; }

    /// <summary>The 微信客服 account the message belongs to.</summary>
    public required string OpenKfId { get; init; }

    /// <summary>The customer; absent on some system events.</summary>
    public string? ExternalUserId { get; init; }

    /// <summary>3 customer, 4 system event, 5 human servicer.</summary>
    public required int Origin { get; init; }

    /// <summary>The msgtype as WeCom sent it (unknown ones included).</summary>
    public required string MsgType { get; init; }

    /// <summary>WeCom's send_time.</summary>
    public required DateTimeOffset SendTime { get; init; }

    /// <summary>What intake did with it.</summary>
    public required MessageDisposition Disposition { get; init; }

    /// <summary>The message exactly as sync_msg returned it.</summary>
    public required string RawJson { get; init; }

    /// <summary>When intake recorded it; set by the store.</summary>
    public DateTimeOffset RecordedAt { get; init; }
}
