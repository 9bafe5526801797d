namespace Kf.WeCom.Models;

/// <summary>Session state of a customer with a 微信客服 account. The bot may send only in 0 and 1.</summary>
public enum ServiceState
{
    /// <summary>New or unhandled.</summary>
    Unhandled = 0,

    /// <summary>The bot (智能助手) is serving.</summary>
    ServedByBot = 1,

    /// <summary>Waiting in the queue for a human.</summary>
    Queued = 2,

    /// <summary>A human servicer is serving.</summary>
    ServedByHuman = 3,

    /// <summary>Ended; a new customer message returns the session to <see cref="Unhandled"/>.</summary>
    Ended = 4,
}
