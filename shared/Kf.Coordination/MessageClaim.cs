namespace Kf.Coordination;

/// <summary>A claim attempt's result; <see cref="Token"/> is set only when <see cref="Status"/> is Claimed.</summary>
/// <param name="Status">What the attempt found.</param>
/// <param name="Token">The holder's secret for confirm and release.</param>
public sealed record MessageClaim(ClaimStatus Status, string? Token)
{
    /// <summary>True when the caller holds the claim.</summary>
    public bool IsClaimed => Status == ClaimStatus.Claimed;
}
