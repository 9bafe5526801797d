namespace Kf.Coordination;

/// <summary>
/// Exclusive, expiring leases per key (one puller per open_kfid across all replicas). Each grant
/// carries a fencing number that strictly increases per key, even across expiry: a store that keeps
/// the highest fence it has seen and refuses writes with a lower one shuts out a stale holder that
/// has not noticed its lease lapsed (cursor writes check <c>fence &gt;= stored fence</c>).
/// </summary>
public interface ILeases
{
    /// <summary>Acquires the lease on <paramref name="key"/> for <paramref name="ttl"/>, or null when someone holds it.</summary>
    Task<Lease?> TryAcquireAsync(string key, TimeSpan ttl);

    /// <summary>Sets the lease's remaining lifetime to <paramref name="ttl"/>; false when it is no longer the caller's.</summary>
    Task<bool> RenewAsync(Lease lease, TimeSpan ttl);

    /// <summary>Gives the lease up (compare-and-delete); false when it was no longer the caller's.</summary>
    Task<bool> ReleaseAsync(Lease lease);
}
