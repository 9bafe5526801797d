namespace Kf.Sender.Diagnostics;

/// <summary>Why a part was put back before any send_msg call.</summary>
internal enum HoldReason
{
    /// <summary>Its predecessor (PreviousSendMsgId) is neither delivered nor failed yet.</summary>
    Order,

    /// <summary>The account's send rate (Sender:RatePerSecond) is used up for this second.</summary>
    Rate,

    /// <summary>Another sender holds the claim on this send msgid.</summary>
    Claimed,
}
