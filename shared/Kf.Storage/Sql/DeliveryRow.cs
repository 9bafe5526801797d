namespace Kf.Storage.Sql;

// A deliveries row as both dialects store it: times as unix milliseconds, the status by name.
internal sealed class DeliveryRow
{
    public string SendMsgId { get; set; } = "";

    public string OpenKfId { get; set; } = "";

    public string ExternalUserId { get; set; } = "";

    public string SourceMsgId { get; set; } = "";

    public int Part { get; set; }

    public string Status { get; set; } = "";

    public int? ErrCode { get; set; }

    public string? Reason { get; set; }

    public int Attempts { get; set; }

    public string? WeComMsgId { get; set; }

    public long ClaimedUntil { get; set; }

    public long FirstAttemptAt { get; set; }

    public long UpdatedAt { get; set; }

    public static DeliveryRow From(Delivery delivery, DateTimeOffset now) => new()
    {
        SendMsgId = delivery.SendMsgId,
        OpenKfId = delivery.OpenKfId,
        ExternalUserId = delivery.ExternalUserId,
        SourceMsgId = delivery.SourceMsgId,
        Part = delivery.Part,
        Status = delivery.Status.ToString(),
        ErrCode = delivery.ErrCode,
        // The column is bounded; a reason is for people and may be cut.
        Reason = delivery.Reason is { Length: > 1000 } text ? text[..1000] : delivery.Reason,
        Attempts = delivery.Attempts,
        WeComMsgId = delivery.WeComMsgId,
        FirstAttemptAt = now.ToUnixTimeMilliseconds(),
        UpdatedAt = now.ToUnixTimeMilliseconds(),
    };

    public Delivery ToDelivery() => new()
    {
        SendMsgId = SendMsgId,
        OpenKfId = OpenKfId,
        ExternalUserId = ExternalUserId,
        SourceMsgId = SourceMsgId,
        Part = Part,
        Status = Enum.Parse<DeliveryStatus>(Status),
        ErrCode = ErrCode,
        Reason = Reason,
        Attempts = Attempts,
        WeComMsgId = WeComMsgId,
        FirstAttemptAt = DateTimeOffset.FromUnixTimeMilliseconds(FirstAttemptAt),
        UpdatedAt = DateTimeOffset.FromUnixTimeMilliseconds(UpdatedAt),
    };
}
