namespace Kf.Coordination;

/// <summary>The outcome of <see cref="IMessageClaims.TryClaimPendingAsync"/>.</summary>
public enum ClaimStatus
{
    /// <summary>The caller now holds a pending claim: publish, then confirm or release.</summary>
    Claimed,

    /// <summary>Someone else holds a pending claim: they are publishing it, or it will lapse.</summary>
    Pending,

    /// <summary>The msgid was published and confirmed before: skip it.</summary>
    Confirmed,
}
