namespace Kf.WeCom.Models.Events;

/// <summary>Why a sent message was not delivered (<c>msg_send_fail.fail_type</c>).</summary>
public enum MsgSendFailType
{
    /// <summary>Unknown reason.</summary>
    Unknown = 0,

    /// <summary>The 微信客服 account was deleted.</summary>
    AccountDeleted = 1,

    /// <summary>The app was closed.</summary>
    AppClosed = 2,

    /// <summary>The session expired: more than 48 h since the customer's last message.</summary>
    SessionExpired = 4,

    /// <summary>The session was closed.</summary>
    SessionClosed = 5,

    /// <summary>More than 5 messages for one customer message.</summary>
    OverMessageLimit = 6,

    /// <summary>No 视频号 bound.</summary>
    ChannelsNotBound = 7,

    /// <summary>The company is not verified.</summary>
    CompanyNotVerified = 8,

    /// <summary>No 视频号 bound and the company is not verified.</summary>
    ChannelsNotBoundAndCompanyNotVerified = 9,

    /// <summary>The customer rejects messages.</summary>
    UserRejected = 10,

    /// <summary>No member of the company has logged in to the WeCom app.</summary>
    NoMemberLoggedIn = 11,

    /// <summary>This message type is banned.</summary>
    MessageTypeBanned = 12,

    /// <summary>Security restriction (model output has triggered it).</summary>
    SecurityRestriction = 13,
}
