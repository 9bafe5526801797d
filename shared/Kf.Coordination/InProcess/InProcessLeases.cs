namespace Kf.Coordination.InProcess;

/// <summary>
/// <see cref="ILeases"/> for one process: leases lapse on the given <see cref="TimeProvider"/>;
/// fences rise per key for the life of the instance, like Redis's never-expiring fence counter.
/// </summary>
public sealed class InProcessLeases(TimeProvider? time = null) : ILeases
{
    private readonly ExpiringMap<string> _leases = new(time ?? TimeProvider.System);
    private readonly Dictionary<string, long> _fences = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();

    /// <inheritdoc />
    public Task<Lease?> TryAcquireAsync(string key, TimeSpan ttl)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        ClaimTtl.EnsurePositive(ttl, nameof(ttl));
        lock (_gate)
        {
            if (_leases.TryGet(key, out _, out _))
            {
                return Task.FromResult<Lease?>(null);
            }

            var token = Guid.NewGuid().ToString("N");
            var fence = _fences[key] = _fences.GetValueOrDefault(key) + 1;
            _leases.Set(key, token, ttl);
            return Task.FromResult<Lease?>(new Lease(key, token, fence));
        }
    }

    /// <inheritdoc />
    public Task<bool> RenewAsync(Lease lease, TimeSpan ttl)
    {
        ArgumentNullException.ThrowIfNull(lease);
        ClaimTtl.EnsurePositive(ttl, nameof(ttl));
        lock (_gate)
        {
            if (!Holds(lease))
            {
                return Task.FromResult(false);
            }

            _leases.Set(lease.Key, lease.Token, ttl);
            return Task.FromResult(true);
        }
    }

    /// <inheritdoc />
    public Task<bool> ReleaseAsync(Lease lease)
    {
        ArgumentNullException.ThrowIfNull(lease);
        lock (_gate)
        {
            return Task.FromResult(Holds(lease) && _leases.Remove(lease.Key));
        }
    }

    private bool Holds(Lease lease) => _leases.TryGet(lease.Key, out var token, out _) && token == lease.Token;
}
