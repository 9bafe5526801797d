namespace Kf.Sender.Sending;

/// <summary>What one send_msg call came to.</summary>
internal enum SendResult
{
    /// <summary>errcode 0 (or WeCom answered 0 to a msgid it already had).</summary>
    Delivered,

    /// <summary>Worth another try later, with the same send msgid.</summary>
    Retry,

    /// <summary>No retry can change it: recorded failed.</summary>
    Fail,
}
