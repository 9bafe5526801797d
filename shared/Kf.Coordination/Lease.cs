namespace Kf.Coordination;

/// <summary>A granted lease.</summary>
/// <param name="Key">What the lease is on (an open_kfid).</param>
/// <param name="Token">The holder's secret for renew and release.</param>
/// <param name="Fence">Fencing number: higher than every earlier grant on the same key.</param>
public sealed record Lease(string Key, string Token, long Fence);
