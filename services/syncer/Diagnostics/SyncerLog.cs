using Kf.Storage;
using Microsoft.Extensions.Logging;

namespace Kf.Syncer.Diagnostics;

// Never the sync token or customer text: ids, counts and outcomes only.
internal static partial class SyncerLog
{
    [LoggerMessage(EventId = 4001, EventName = "PullFinished", Level = LogLevel.Information,
        Message = "Pull of {OpenKfId} ended {Outcome}: {Pages} pages, {Messages} messages (cold start: {ColdStart})")]
    public static partial void PullFinished(this ILogger logger, string openKfId, Pulling.PullOutcome outcome, int pages, int messages, bool coldStart);

    [LoggerMessage(EventId = 4002, EventName = "PullBusy", Level = LogLevel.Debug,
        Message = "Lease on {OpenKfId} is held elsewhere; the holder was signalled to pull again")]
    public static partial void PullBusy(this ILogger logger, string openKfId);

    [LoggerMessage(EventId = 4003, EventName = "SyncTokenRejected", Level = LogLevel.Information,
        Message = "sync_msg for {OpenKfId} refused the callback token (95007); pulling without it")]
    public static partial void SyncTokenRejected(this ILogger logger, string openKfId);

    [LoggerMessage(EventId = 4004, EventName = "MessageHandled", Level = LogLevel.Debug,
        Message = "Message {MsgId} ({MsgType}, origin {Origin}) handled as {Disposition}")]
    public static partial void MessageHandled(this ILogger logger, string msgId, string msgType, int origin, MessageDisposition disposition);

    [LoggerMessage(EventId = 4005, EventName = "ClaimPending", Level = LogLevel.Warning,
        Message = "Message {MsgId} is claimed pending by another syncer; the cursor of {OpenKfId} stays before it until the claim is confirmed or lapses")]
    public static partial void ClaimPending(this ILogger logger, string msgId, string openKfId);

    [LoggerMessage(EventId = 4006, EventName = "ClaimLapsed", Level = LogLevel.Warning,
        Message = "The claim on {MsgId} lapsed before its publish was confirmed: it may be on the bus twice (downstream dedups on msgid)")]
    public static partial void ClaimLapsed(this ILogger logger, string msgId);

    [LoggerMessage(EventId = 4007, EventName = "MessageWithoutId", Level = LogLevel.Warning,
        Message = "sync_msg for {OpenKfId} returned a message without msgid ({MsgType}); it cannot be deduplicated and is skipped")]
    public static partial void MessageWithoutId(this ILogger logger, string openKfId, string msgType);

    [LoggerMessage(EventId = 4008, EventName = "ColdStartTruncated", Level = LogLevel.Error,
        Message = "Cold start of {OpenKfId} hit a bound before the end of the history; the cursor is not saved until a cold pull finishes: raise Syncer:MaxPagesPerPull or Syncer:MaxMessagesPerPull")]
    public static partial void ColdStartTruncated(this ILogger logger, string openKfId);

    [LoggerMessage(EventId = 4009, EventName = "PullContinued", Level = LogLevel.Information,
        Message = "Pull of {OpenKfId} stopped at a bound ({Outcome}); a follow-up pull was queued")]
    public static partial void PullContinued(this ILogger logger, string openKfId, Pulling.PullOutcome outcome);

    [LoggerMessage(EventId = 4010, EventName = "PullStillBlocked", Level = LogLevel.Warning,
        Message = "Pull of {OpenKfId} stayed blocked by a pending claim after {Attempts} attempts; the safety poll will retry")]
    public static partial void PullStillBlocked(this ILogger logger, string openKfId, int attempts);

    [LoggerMessage(EventId = 4011, EventName = "SafetyPollFailed", Level = LogLevel.Warning,
        Message = "Safety poll of {OpenKfId} failed; the next poll retries")]
    public static partial void SafetyPollFailed(this ILogger logger, string openKfId, Exception exception);

    [LoggerMessage(EventId = 4012, EventName = "SafetyPollListFailed", Level = LogLevel.Warning,
        Message = "Safety poll could not list the accounts with a cursor; polling the configured ones only")]
    public static partial void SafetyPollListFailed(this ILogger logger, Exception exception);

    [LoggerMessage(EventId = 4013, EventName = "PullNeedsOperator", Level = LogLevel.Error,
        Message = "sync_msg for {OpenKfId} failed with errcode {ErrCode}, which retries cannot fix (credentials, permissions, trusted IP, unknown account)")]
    public static partial void PullNeedsOperator(this ILogger logger, string openKfId, int errCode);
}
