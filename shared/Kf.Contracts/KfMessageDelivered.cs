namespace Kf.Contracts;

/// <summary>send_msg accepted one part (<c>errcode</c> 0); the sender recorded the delivery.</summary>
public sealed record KfMessageDelivered
{
    /// <summary>The <see cref="SendKfMessage.SendMsgId"/> that was delivered.</summary>
    public required string SendMsgId { get; init; }

    /// <summary>The customer msgid the part answers.</summary>
    public required string SourceMsgId { get; init; }

    /// <summary>The sending account.</summary>
    public required string OpenKfId { get; init; }

    /// <summary>The recipient.</summary>
    public required string ExternalUserId { get; init; }

    /// <summary>The part number that was delivered.</summary>
    public required int Part { get; init; }

    /// <summary>The msgid WeCom returned (normally equal to <see cref="SendMsgId"/>).</summary>
    public string? WeComMsgId { get; init; }

    /// <summary>send_msg calls it took, the accepted one included.</summary>
    public int Attempts { get; init; }

    /// <summary>When send_msg answered (sender clock).</summary>
    public required DateTimeOffset DeliveredAt { get; init; }
}
