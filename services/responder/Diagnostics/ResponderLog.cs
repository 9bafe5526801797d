using Kf.Storage.Conversations;
using Microsoft.Extensions.Logging;

namespace Kf.Responder.Diagnostics;

// Never customer text, answers, keys or tokens: ids, counts, outcomes and error types only.
internal static partial class ResponderLog
{
    [LoggerMessage(EventId = 5001, EventName = "PlanStored", Level = LogLevel.Information,
        Message = "Planned {MsgId}: {Outcome}, {Parts} parts ({Reason})")]
    public static partial void PlanStored(this ILogger logger, string msgId, AnswerOutcome outcome, int parts, string? reason);

    [LoggerMessage(EventId = 5002, EventName = "PlanReplayed", Level = LogLevel.Warning,
        Message = "{MsgId} was planned but not marked published (a crash or failed publish): publishing its {Parts} stored parts again, without asking the model")]
    public static partial void PlanReplayed(this ILogger logger, string msgId, int parts);

    [LoggerMessage(EventId = 5003, EventName = "AlreadyAnswered", Level = LogLevel.Debug,
        Message = "{MsgId} is already answered and published: nothing to do")]
    public static partial void AlreadyAnswered(this ILogger logger, string msgId);

    [LoggerMessage(EventId = 5004, EventName = "PlannedElsewhere", Level = LogLevel.Warning,
        Message = "{MsgId} was planned by another replica meanwhile (a lease lapsed): its plan is used")]
    public static partial void PlannedElsewhere(this ILogger logger, string msgId);

    [LoggerMessage(EventId = 5005, EventName = "ChainMoved", Level = LogLevel.Warning,
        Message = "The reply chain moved while {MsgId} was planned (attempt {Attempt}): chaining it again after the new tail")]
    public static partial void ChainMoved(this ILogger logger, string msgId, int attempt);

    [LoggerMessage(EventId = 5006, EventName = "StateCheckFailed", Level = LogLevel.Warning,
        Message = "service_state/get for a customer of {OpenKfId} failed (attempt {Attempt} of {Attempts})")]
    public static partial void StateCheckFailed(this ILogger logger, string openKfId, int attempt, int attempts, Exception exception);

    [LoggerMessage(EventId = 5007, EventName = "BackendFailed", Level = LogLevel.Warning,
        Message = "Backend {Backend} failed on {MsgId} ({Why}: {ErrorType}, HTTP {Status}); the friendly error reply is sent")]
    public static partial void BackendFailed(this ILogger logger, string backend, string msgId, string why, string errorType, int? status);

    [LoggerMessage(EventId = 5008, EventName = "CatchingUp", Level = LogLevel.Information,
        Message = "Before {MsgId}: answering {Count} earlier messages of the same customer first")]
    public static partial void CatchingUp(this ILogger logger, string msgId, int count);

    [LoggerMessage(EventId = 5009, EventName = "NotFromCustomer", Level = LogLevel.Debug,
        Message = "{MsgId} has origin {Origin}, not a customer's: not answered")]
    public static partial void NotFromCustomer(this ILogger logger, string msgId, int origin);
}
