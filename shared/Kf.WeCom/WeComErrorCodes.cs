namespace Kf.WeCom;

/// <summary>
/// The <c>errcode</c> values Kf acts on. Branch on these, never on <c>errmsg</c>.
/// </summary>
public static class WeComErrorCodes
{
    /// <summary>System busy; WeCom asks to retry later.</summary>
    public const int SystemBusy = -1;

    /// <summary>Success.</summary>
    public const int Ok = 0;

    /// <summary>Invalid open_kfid.</summary>
    public const int InvalidOpenKfId = 95000;

    /// <summary>Send count limit: the per-customer-message quota of 5 (also seen on bursts).</summary>
    public const int SendMsgCountLimit = 95001;

    /// <summary>The 48-hour window since the customer's last message has passed.</summary>
    public const int SendWindowExpired = 95002;

    /// <summary>Unknown open_kfid.</summary>
    public const int UnknownOpenKfId = 95004;

    /// <summary>Invalid or expired sync_msg token (the callback's <c>Token</c>).</summary>
    public const int InvalidSyncToken = 95007;

    /// <summary>The conversation has ended.</summary>
    public const int ConversationEnded = 95013;

    /// <summary>The servicer is not serving (on service_state/trans).</summary>
    public const int ServicerNotActive = 95014;

    /// <summary>The API switch of the 微信客服 account is off.</summary>
    public const int ApiSwitchOff = 95017;

    /// <summary>The session state forbids sending (a human holds it, or the company is unverified).</summary>
    public const int SessionStateForbidsSending = 95018;

    /// <summary>Invalid external_userid.</summary>
    public const int InvalidExternalUserId = 40096;

    /// <summary>API frequency limit.</summary>
    public const int FrequencyLimit = 45009;

    /// <summary>API concurrency limit.</summary>
    public const int ConcurrencyLimit = 45033;

    /// <summary>API forbidden for this app.</summary>
    public const int ApiForbidden = 48002;

    /// <summary>The server's IP is not among the app's trusted IPs (企业可信IP).</summary>
    public const int IpNotTrusted = 60020;

    /// <summary>Invalid access_token.</summary>
    public const int InvalidAccessToken = 40014;

    /// <summary>Expired access_token.</summary>
    public const int AccessTokenExpired = 42001;

    /// <summary>Invalid credential: a wrong secret on gettoken, or a token WeCom no longer accepts.</summary>
    public const int InvalidCredential = 40001;

    /// <summary>A parameter is invalid; on send_msg typically a reused or malformed msgid.</summary>
    public const int InvalidParameter = 40058;

    /// <summary>Empty text content.</summary>
    public const int EmptyTextContent = 44004;

    /// <summary>True for the codes on which the client drops its access token and retries once.</summary>
    public static bool IsAccessTokenRejected(int errCode) =>
        errCode is InvalidAccessToken or AccessTokenExpired or InvalidCredential;

    /// <summary>True for the codes that need a person (credentials, permissions, trusted IPs), not a retry.</summary>
    public static bool NeedsOperator(int errCode) =>
        errCode is InvalidCredential or ApiForbidden or IpNotTrusted or ApiSwitchOff;
}
