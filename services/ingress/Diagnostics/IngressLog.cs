using Kf.WeCom.Crypto;

namespace Kf.Ingress.Diagnostics;

// Stable event ids for the callback path. Never the Token, the EncodingAesKey, the sync token or
// any decrypted text: only event names, error kinds and the account id.
internal static partial class IngressLog
{
    [LoggerMessage(EventId = 1001, EventName = "UrlVerified", Level = LogLevel.Information,
        Message = "Callback URL verification answered")]
    public static partial void UrlVerified(this ILogger logger);

    [LoggerMessage(EventId = 1002, EventName = "CallbackPublished", Level = LogLevel.Debug,
        Message = "CallbackReceived confirmed by the broker for {OpenKfId}")]
    public static partial void CallbackPublished(this ILogger logger, string openKfId);

    [LoggerMessage(EventId = 1003, EventName = "CallbackIgnored", Level = LogLevel.Information,
        Message = "Callback event {EventName} acknowledged; nothing to sync")]
    public static partial void CallbackIgnored(this ILogger logger, string eventName);

    [LoggerMessage(EventId = 1004, EventName = "CallbackRejected", Level = LogLevel.Warning,
        Message = "Callback rejected: {Reason}")]
    public static partial void CallbackRejected(this ILogger logger, CallbackError reason);

    [LoggerMessage(EventId = 1005, EventName = "PublishTimedOut", Level = LogLevel.Warning,
        Message = "The broker did not confirm CallbackReceived within {Timeout}; answered 503 so WeChat retries")]
    public static partial void PublishTimedOut(this ILogger logger, TimeSpan timeout);

    [LoggerMessage(EventId = 1006, EventName = "PublishFailed", Level = LogLevel.Error,
        Message = "Publishing CallbackReceived failed; answered 503 so WeChat retries")]
    public static partial void PublishFailed(this ILogger logger, Exception exception);
}
