namespace Kf.Simulator.State;

/// <summary>
/// Fixed-window counters per key on the simulator clock: the real server's exact algorithm is not
/// documented, and a fixed window makes "the N+1st call in the window fails" easy to test.
/// Not thread-safe: callers hold the state gate.
/// </summary>
internal sealed class RateWindow(TimeSpan window)
{
    private readonly Dictionary<string, (long Window, int Count)> _counts = new(StringComparer.Ordinal);

    /// <summary>Counts one call; false when it is over <paramref name="limit"/> in the current window.</summary>
    public bool TryAcquire(string key, int limit, DateTimeOffset now)
    {
        var current = now.UtcTicks / window.Ticks;
        var (w, count) = _counts.GetValueOrDefault(key);
        count = w == current ? count : 0;
        if (count >= limit)
        {
            return false;
        }

        _counts[key] = (current, count + 1);
        return true;
    }

    public void Clear() => _counts.Clear();
}
