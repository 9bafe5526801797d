using Microsoft.Extensions.Logging;

namespace Kf.ServiceDefaults.Logging;

/// <summary>Logging scopes that the JSON console writes into every entry (<c>"Scopes":[{"MsgId":…}]</c>).</summary>
public static class LogScopes
{
    private static readonly Func<ILogger, string, IDisposable?> MsgIdScope =
        LoggerMessage.DefineScope<string>("MsgId:{MsgId}");

    /// <summary>Correlates every log entry inside the scope with WeCom's msgid.</summary>
    public static IDisposable? BeginMsgIdScope(this ILogger logger, string msgId) => MsgIdScope(logger, msgId);
}
