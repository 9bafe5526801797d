using Microsoft.Extensions.Logging;

namespace Kf.Sender.Diagnostics;

// Never the text of a part or a token: ids, errcodes, counts and outcomes only. Reasons are WeCom's
// errmsg or an exception message, which carry neither.
internal static partial class SenderLog
{
    [LoggerMessage(EventId = 5001, EventName = "PartDelivered", Level = LogLevel.Information,
        Message = "Part {Part} of {SourceMsgId} delivered as {SendMsgId} on {OpenKfId} (attempt {Attempt})")]
    public static partial void PartDelivered(this ILogger logger, int part, string sourceMsgId, string sendMsgId, string openKfId, int attempt);

    [LoggerMessage(EventId = 5002, EventName = "PartFailed", Level = LogLevel.Warning,
        Message = "Part {Part} of {SourceMsgId} ({SendMsgId} on {OpenKfId}) recorded failed after {Attempts} attempts, errcode {ErrCode}: {Reason}")]
    public static partial void PartFailed(this ILogger logger, int part, string sourceMsgId, string sendMsgId, string openKfId, int attempts, int? errCode, string reason);

    [LoggerMessage(EventId = 5003, EventName = "PartRetrying", Level = LogLevel.Information,
        Message = "send_msg of {SendMsgId} on {OpenKfId} failed (errcode {ErrCode}) on attempt {Attempt}; redelivering after {Delay}")]
    public static partial void PartRetrying(this ILogger logger, string sendMsgId, string openKfId, int? errCode, int attempt, TimeSpan delay);

    [LoggerMessage(EventId = 5004, EventName = "PartAlreadyFinal", Level = LogLevel.Debug,
        Message = "{SendMsgId} is already {Status} in the ledger; not sent again")]
    public static partial void PartAlreadyFinal(this ILogger logger, string sendMsgId, Kf.Storage.DeliveryStatus status);

    [LoggerMessage(EventId = 5005, EventName = "PartHeld", Level = LogLevel.Debug,
        Message = "{SendMsgId} held back ({Reason}), hold {Holds}, redelivered after {Delay}")]
    public static partial void PartHeld(this ILogger logger, string sendMsgId, HoldReason reason, int holds, TimeSpan delay);

    [LoggerMessage(EventId = 5006, EventName = "OrderWaitGivenUp", Level = LogLevel.Warning,
        Message = "{SendMsgId} waited Sender:MaxHold ({MaxHold}) for its predecessor {PreviousSendMsgId}, which is still unsettled; sending it anyway, possibly out of order")]
    public static partial void OrderWaitGivenUp(this ILogger logger, string sendMsgId, TimeSpan maxHold, string previousSendMsgId);

    [LoggerMessage(EventId = 5007, EventName = "ClaimWaitGivenUp", Level = LogLevel.Warning,
        Message = "{SendMsgId} stayed claimed by another sender for Sender:MaxHold ({MaxHold}); leaving it to that sender")]
    public static partial void ClaimWaitGivenUp(this ILogger logger, string sendMsgId, TimeSpan maxHold);

    [LoggerMessage(EventId = 5008, EventName = "ParkingQueuesNotDeclared", Level = LogLevel.Warning,
        Message = "Could not declare the sender's parking queues at start; the first redelivery tries again")]
    public static partial void ParkingQueuesNotDeclared(this ILogger logger, Exception exception);

    [LoggerMessage(EventId = 5009, EventName = "OutcomeRecordedElsewhere", Level = LogLevel.Warning,
        Message = "{SendMsgId} was finished by another sender while this one held a lapsed claim (raise Sender:ClaimTtl if send_msg is this slow)")]
    public static partial void OutcomeRecordedElsewhere(this ILogger logger, string sendMsgId);

    [LoggerMessage(EventId = 5010, EventName = "ClaimLost", Level = LogLevel.Warning,
        Message = "The claim on {SendMsgId} (attempt {Attempt}) could not be renewed: the part was finished or claimed by another sender meanwhile")]
    public static partial void ClaimLost(this ILogger logger, string sendMsgId, int attempt);

    [LoggerMessage(EventId = 5011, EventName = "ClaimRenewalFailed", Level = LogLevel.Warning,
        Message = "Renewing the claim on {SendMsgId} failed; trying again before it lapses")]
    public static partial void ClaimRenewalFailed(this ILogger logger, string sendMsgId, Exception exception);

    [LoggerMessage(EventId = 5012, EventName = "RememberedOutcomeSettled", Level = LogLevel.Information,
        Message = "{SendMsgId}: settling the send_msg outcome ({Result}) an earlier run could not record, without calling send_msg again")]
    public static partial void RememberedOutcomeSettled(this ILogger logger, string sendMsgId, Kf.Sender.Sending.SendResult result);
}
