namespace Kf.Simulator.State;

/// <summary>
/// Inbound messages in sequence order (the order sync_msg returns them). Not thread-safe:
/// callers hold <see cref="SimulatorState.Gate"/>. Sequence numbers never restart, not even on
/// reset, so a cursor handed out before a reset can never skip messages stored after it.
/// </summary>
internal sealed class MessageLog(int capacity)
{
    public static readonly TimeSpan Retention = TimeSpan.FromDays(3);

    private readonly List<StoredMessage> _messages = [];
    private long _lastSeq;

    public IReadOnlyList<StoredMessage> All => _messages;

    public long LastSeq => _lastSeq;

    /// <summary>Appends, dropping messages past retention first; false when still full.</summary>
    public bool TryAppend(Func<long, StoredMessage> create, DateTimeOffset now, out StoredMessage? message)
    {
        if (_messages.Count >= capacity)
        {
            _messages.RemoveAll(m => m.SendTime < now - Retention);
        }

        if (_messages.Count >= capacity)
        {
            message = null;
            return false;
        }

        message = create(++_lastSeq);
        _messages.Add(message);
        return true;
    }

    /// <summary>Index of the first message with a sequence number above <paramref name="seq"/>.</summary>
    public int IndexAfter(long seq)
    {
        int lo = 0, hi = _messages.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (_messages[mid].Seq <= seq)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }

    public void Clear() => _messages.Clear();
}
