namespace Kf.Coordination.InProcess;

/// <summary><see cref="IRateCounter"/> for one process, windows measured on the given <see cref="TimeProvider"/>.</summary>
public sealed class InProcessRateCounter(TimeProvider? time = null) : IRateCounter
{
    private readonly ExpiringMap<long> _windows = new(time ?? TimeProvider.System);
    private readonly Lock _gate = new();

    /// <inheritdoc />
    public Task<RateDecision> TryAcquireAsync(string key, int limit, TimeSpan window)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        ArgumentOutOfRangeException.ThrowIfLessThan(limit, 1);
        ClaimTtl.EnsurePositive(window, nameof(window));
        lock (_gate)
        {
            if (!_windows.TryGet(key, out var count, out var left))
            {
                _windows.Set(key, 1, window);
                return Task.FromResult(new RateDecision(true, 1, TimeSpan.Zero));
            }

            if (count >= limit)
            {
                return Task.FromResult(new RateDecision(false, count, left));
            }

            // Re-set with what is left so the window keeps its end, as INCR keeps a Redis key's TTL.
            _windows.Set(key, count + 1, left);
            return Task.FromResult(new RateDecision(true, count + 1, TimeSpan.Zero));
        }
    }
}
