using Kf.Coordination.InProcess;
using Kf.Coordination;

namespace Kf.Syncer.Tests.Infrastructure;

/// <summary>
/// The in-process leases, with a gate the test opens: while <see cref="HoldRelease"/> is set, a
/// release waits, so a test can place a notice exactly between the holder's last page and its release.
/// </summary>
public sealed class GatedLeases : ILeases
{
    private readonly InProcessLeases _inner = new();
    private TaskCompletionSource _released = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public TaskCompletionSource? HoldRelease { get; set; }

    /// <summary>Completes when a release reached the gate.</summary>
    public Task ReleaseWaiting => _released.Task;

    public Task<Lease?> TryAcquireAsync(string key, TimeSpan ttl) => _inner.TryAcquireAsync(key, ttl);

    public Task<bool> RenewAsync(Lease lease, TimeSpan ttl) => _inner.RenewAsync(lease, ttl);

    public async Task<bool> ReleaseAsync(Lease lease)
    {
        if (HoldRelease is { } gate)
        {
            HoldRelease = null;
            _released.TrySetResult();
            await gate.Task;
        }

        return await _inner.ReleaseAsync(lease);
    }
}
