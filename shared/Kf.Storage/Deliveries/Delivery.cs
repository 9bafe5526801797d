namespace Kf.Storage;

/// <summary>One row of the delivery ledger: a part of an answer, keyed by its send msgid.</summary>
public sealed record Delivery
{
    /// <summary>The deterministic send msgid given to send_msg: the key.</summary>
    public required string SendMsgId { get; init; }

    /// <summary>The sending account.</summary>
    public required string OpenKfId { get; init; }

    /// <summary>The recipient.</summary>
    public required string ExternalUserId { get; init; }

    /// <summary>The customer msgid the part answers.</summary>
    public required string SourceMsgId { get; init; }

    /// <summary>The part number (1–5).</summary>
    public required int Part { get; init; }

    /// <summary>Where it stands.</summary>
    public DeliveryStatus Status { get; init; }

    /// <summary>WeCom's errcode of the last failed call, when there was one.</summary>
    public int? ErrCode { get; init; }

    /// <summary>Why it failed, for people.</summary>
    public string? Reason { get; init; }

    /// <summary>send_msg calls made for it, across redeliveries and replicas.</summary>
    public int Attempts { get; init; }

    /// <summary>The msgid WeCom answered with.</summary>
    public string? WeComMsgId { get; init; }

    /// <summary>When the first claim was taken (or the failure recorded without one).</summary>
    public DateTimeOffset FirstAttemptAt { get; init; }

    /// <summary>When the row last changed.</summary>
    public DateTimeOffset UpdatedAt { get; init; }

    /// <summary>True once delivered or failed: nothing sends it again.</summary>
    public bool IsFinal => Status != DeliveryStatus.Sending;
}
