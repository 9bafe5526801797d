using Microsoft.Extensions.Logging;

namespace Kf.Knowledge.Admin;

internal static partial class AdminLog
{
    [LoggerMessage(EventId = 7101, EventName = "AdminApiOff", Level = LogLevel.Information,
        Message = "Admin API not mapped: Admin:Token is not set (set it, at least 16 characters, to manage the knowledge base over /admin/kb/)")]
    public static partial void AdminApiOff(this ILogger logger);

    [LoggerMessage(EventId = 7102, EventName = "AdminApiOn", Level = LogLevel.Information,
        Message = "Admin API mapped at /admin/kb/{{profile}}/ (bearer token Admin:Token)")]
    public static partial void AdminApiOn(this ILogger logger);
}
