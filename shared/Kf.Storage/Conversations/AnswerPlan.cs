namespace Kf.Storage.Conversations;

/// <summary>
/// The responder's decision for one customer message, stored before anything is published: a msgid
/// with a plan is never answered again, and a plan not yet published is published as stored.
/// </summary>
public sealed record AnswerPlan
{
    /// <summary>The customer msgid answered.</summary>
    public required string MsgId { get; init; }

    /// <summary>The account.</summary>
    public required string OpenKfId { get; init; }

    /// <summary>The customer.</summary>
    public required string ExternalUserId { get; init; }

    /// <summary>The customer message's send_time.</summary>
    public required DateTimeOffset SendTime { get; init; }

    /// <summary>What was decided.</summary>
    public required AnswerOutcome Outcome { get; init; }

    /// <summary>Why, for people (for example the session state that kept the bot silent); never customer text.</summary>
    public string? Reason { get; init; }

    /// <summary>The parts in sending order; empty when nothing is sent.</summary>
    public required IReadOnlyList<PlannedPart> Parts { get; init; }

    /// <summary>When the plan was stored.</summary>
    public DateTimeOffset PlannedAt { get; init; }

    /// <summary>When every part was on the bus; null until then.</summary>
    public DateTimeOffset? PublishedAt { get; init; }
}
