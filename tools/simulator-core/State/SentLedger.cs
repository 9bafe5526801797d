namespace Kf.Simulator.State;

/// <summary>
/// Accepted sends in acceptance order, and every msgid ever accepted so a repeated msgid is never
/// delivered twice. Not thread-safe: callers hold the state gate.
/// </summary>
internal sealed class SentLedger(int capacity)
{
    private readonly List<SentEntry> _entries = [];
    private readonly HashSet<string> _msgIds = new(StringComparer.Ordinal);

    public IReadOnlyList<SentEntry> All => _entries;

    public bool IsFull => _entries.Count >= capacity;

    public bool Contains(string msgId) => _msgIds.Contains(msgId);

    public void Add(SentEntry entry)
    {
        _entries.Add(entry);
        _msgIds.Add(entry.MsgId);
    }

    public void Clear()
    {
        _entries.Clear();
        _msgIds.Clear();
    }
}
