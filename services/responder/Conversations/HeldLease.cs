using Kf.Coordination;

namespace Kf.Responder.Conversations;

/// <summary>A customer's lease while it is held; released on dispose.</summary>
internal sealed class HeldLease(ILeases leases, Lease lease, TimeSpan ttl) : IAsyncDisposable
{
    /// <summary>Extends the lease before the next step; throws when it is no longer ours.</summary>
    public async Task RenewAsync()
    {
        if (!await leases.RenewAsync(lease, ttl))
        {
            throw new LeaseLostException(lease.Key);
        }
    }

    public async ValueTask DisposeAsync() => await leases.ReleaseAsync(lease);
}
