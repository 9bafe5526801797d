namespace Kf.Simulator.State;

/// <summary>Every push attempt, oldest first, bounded (oldest forgotten). Not thread-safe: callers hold the state gate.</summary>
internal sealed class CallbackLog(int capacity)
{
    private readonly Queue<CallbackAttempt> _attempts = new();
    private long _lastPushId;

    public IEnumerable<CallbackAttempt> All => _attempts;

    public long NextPushId() => ++_lastPushId;

    public void Add(CallbackAttempt attempt)
    {
        if (_attempts.Count >= capacity)
        {
            _attempts.Dequeue();
        }

        _attempts.Enqueue(attempt);
    }

    public void Clear() => _attempts.Clear();
}
