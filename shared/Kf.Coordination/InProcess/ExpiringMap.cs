namespace Kf.Coordination.InProcess;

// A dictionary whose entries lapse like Redis keys with PX. Not thread-safe: each stand-in locks
// around its whole read-then-write, which is what makes it atomic like a Lua script.
internal sealed class ExpiringMap<TValue>(TimeProvider time)
{
    // Lapsed entries are dropped on access; a sweep every so many writes bounds what nobody reads again.
    private const int SweepEvery = 1024;
    private readonly Dictionary<string, (TValue Value, DateTimeOffset ExpiresAt)> _entries = new(StringComparer.Ordinal);
    private int _writesSinceSweep;

    public bool TryGet(string key, out TValue value, out TimeSpan remaining)
    {
        var now = time.GetUtcNow();
        if (_entries.TryGetValue(key, out var entry))
        {
            if (entry.ExpiresAt > now)
            {
                value = entry.Value;
                remaining = entry.ExpiresAt - now;
                return true;
            }

            _entries.Remove(key);
        }

        value = default!;
        remaining = TimeSpan.Zero;
        return false;
    }

    public void Set(string key, TValue value, TimeSpan ttl)
    {
        _entries[key] = (value, time.GetUtcNow() + ttl);
        if (++_writesSinceSweep >= SweepEvery)
        {
            Sweep();
        }
    }

    public bool Remove(string key) => _entries.Remove(key);

    private void Sweep()
    {
        _writesSinceSweep = 0;
        var now = time.GetUtcNow();
        foreach (var (key, entry) in _entries)
        {
            if (entry.ExpiresAt <= now)
            {
                _entries.Remove(key);
            }
        }
    }
}
