namespace Kf.WeCom.Models;

/// <summary>Who produced a message returned by sync_msg (<c>origin</c>).</summary>
public enum MessageOrigin
{
    /// <summary>The WeChat customer wrote it.</summary>
    Customer = 3,

    /// <summary>A system event (<c>msgtype</c> is <c>event</c>).</summary>
    SystemEvent = 4,

    /// <summary>A human servicer sent it from the WeCom client.</summary>
    Servicer = 5,
}
