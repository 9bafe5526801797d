using Kf.Storage.Conversations;

namespace Kf.Storage.Sql;

// Properties, not a positional record: Dapper then converts SQLite's 64-bit integers as needed.
internal sealed class PlanRow
{
    public string MsgId { get; set; } = "";

    public string OpenKfId { get; set; } = "";

    public string ExternalUserId { get; set; } = "";

    public long SendTime { get; set; }

    public string Outcome { get; set; } = "";

    public string? Reason { get; set; }

    public string PartsJson { get; set; } = "[]";

    public long PlannedAt { get; set; }

    public long? PublishedAt { get; set; }

    public AnswerPlan ToPlan(IReadOnlyList<PlannedPart> parts) => new()
    {
        MsgId = MsgId,
        OpenKfId = OpenKfId,
        ExternalUserId = ExternalUserId,
        SendTime = DateTimeOffset.FromUnixTimeMilliseconds(SendTime),
        Outcome = Enum.Parse<AnswerOutcome>(Outcome),
        Reason = Reason,
        Parts = parts,
        PlannedAt = DateTimeOffset.FromUnixTimeMilliseconds(PlannedAt),
        PublishedAt = PublishedAt is { } at ? DateTimeOffset.FromUnixTimeMilliseconds(at) : null,
    };
}
