using Microsoft.Extensions.Logging;

namespace Kf.WeCom.Api;

/// <summary>
/// Log events of the API client. They carry the API name, errcode and elapsed time only: never the
/// secret, the access token, a URL with its query, or customer text.
/// </summary>
internal static partial class WeComLog
{
    [LoggerMessage(EventId = 1, EventName = "WeComApiSucceeded", Level = LogLevel.Debug,
        Message = "WeCom {Api} succeeded in {ElapsedMs} ms")]
    public static partial void ApiSucceeded(ILogger logger, string api, long elapsedMs);

    [LoggerMessage(EventId = 2, EventName = "WeComApiError", Level = LogLevel.Warning,
        Message = "WeCom {Api} returned errcode {ErrCode} in {ElapsedMs} ms")]
    public static partial void ApiError(ILogger logger, string api, int errCode, long elapsedMs);

    [LoggerMessage(EventId = 3, EventName = "WeComApiNeedsOperator", Level = LogLevel.Error,
        Message = "WeCom {Api} returned errcode {ErrCode} in {ElapsedMs} ms: check the secret, the app's 微信客服 permission, the API switch and the trusted IPs")]
    public static partial void ApiNeedsOperator(ILogger logger, string api, int errCode, long elapsedMs);

    [LoggerMessage(EventId = 4, EventName = "WeComApiTransportFailed", Level = LogLevel.Warning,
        Message = "WeCom {Api} got no answer after {ElapsedMs} ms: {Reason}")]
    public static partial void ApiTransportFailed(ILogger logger, string api, long elapsedMs, string reason);

    [LoggerMessage(EventId = 5, EventName = "WeComAccessTokenRejected", Level = LogLevel.Information,
        Message = "WeCom {Api} rejected the access token with errcode {ErrCode}; refreshing it and retrying once")]
    public static partial void AccessTokenRejected(ILogger logger, string api, int errCode);

    [LoggerMessage(EventId = 6, EventName = "WeComAccessTokenRefreshed", Level = LogLevel.Information,
        Message = "WeCom access token refreshed; it expires in {ExpiresIn} s")]
    public static partial void AccessTokenRefreshed(ILogger logger, int expiresIn);

    [LoggerMessage(EventId = 7, EventName = "WeComAccessTokenRefreshFailed", Level = LogLevel.Warning,
        Message = "WeCom access token refresh failed; the next caller will try again")]
    public static partial void AccessTokenRefreshFailed(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 8, EventName = "WeComAccessTokenFallback", Level = LogLevel.Warning,
        Message = "WeCom access token refresh failed; using the current token, valid until {ExpiresAt:O}")]
    public static partial void AccessTokenFallback(ILogger logger, DateTimeOffset expiresAt);
}
