using Microsoft.Extensions.Logging;

namespace Kf.Simulator.Callbacks;

internal static partial class SimulatorLog
{
    [LoggerMessage(EventId = 1, EventName = "CallbackAttemptFailed", Level = LogLevel.Information,
        Message = "Callback push {PushId} attempt {Attempt} for {OpenKfId} failed: {Reason}")]
    public static partial void CallbackAttemptFailed(this ILogger logger, long pushId, int attempt, string openKfId, string reason);

    [LoggerMessage(EventId = 2, EventName = "CallbackGaveUp", Level = LogLevel.Warning,
        Message = "Callback push {PushId} for {OpenKfId} failed {Attempts} times: given up, as WeCom does")]
    public static partial void CallbackGaveUp(this ILogger logger, long pushId, string openKfId, int attempts);

    [LoggerMessage(EventId = 3, EventName = "CallbackWithheld", Level = LogLevel.Information,
        Message = "Callback push {PushId} for {OpenKfId} not sent: {Outcome} by a fault")]
    public static partial void CallbackWithheld(this ILogger logger, long pushId, string openKfId, string outcome);
}
