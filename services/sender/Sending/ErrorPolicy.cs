using Kf.WeCom;

namespace Kf.Sender.Sending;

/// <summary>send_msg's errcodes → retry or give up (the table in README.md).</summary>
internal static class ErrorPolicy
{
    /// <summary>
    /// True for the codes a later call can get past: the quota and frequency limits (95001, 45009,
    /// 45033, −1 busy) and token errors that survived the client's own refresh and retry (40014,
    /// 42001, 40001). Everything else — 95018 a human holds the session, 95002 48 h passed, 95013,
    /// 40058, 44004, 95000, 95004, 95017, 40096, 48002, 60020 and codes we do not know — is final:
    /// retrying would only hammer WeCom.
    /// </summary>
    public static bool IsRetryable(int errCode) => errCode is
        WeComErrorCodes.SendMsgCountLimit or WeComErrorCodes.FrequencyLimit or WeComErrorCodes.ConcurrencyLimit or
        WeComErrorCodes.SystemBusy or WeComErrorCodes.InvalidAccessToken or WeComErrorCodes.AccessTokenExpired or
        WeComErrorCodes.InvalidCredential;
}
