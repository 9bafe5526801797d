namespace Kf.Simulator.State;

/// <summary>Uploaded media, bounded by count and total bytes. Not thread-safe: callers hold the state gate.</summary>
internal sealed class MediaStore(int capacity)
{
    // 256 MiB in all: enough for any test, small enough that a runaway client cannot exhaust memory.
    public const long MaxTotalBytes = 256L * 1024 * 1024;

    private readonly Dictionary<string, MediaItem> _items = new(StringComparer.Ordinal);
    private long _totalBytes;

    public bool TryAdd(MediaItem item, DateTimeOffset now)
    {
        if (_items.Count >= capacity || _totalBytes + item.Bytes.Length > MaxTotalBytes)
        {
            foreach (var stale in _items.Values.Where(m => now - m.CreatedAt >= MediaItem.Lifetime).ToList())
            {
                _items.Remove(stale.MediaId);
                _totalBytes -= stale.Bytes.Length;
            }
        }

        if (_items.Count >= capacity || _totalBytes + item.Bytes.Length > MaxTotalBytes)
        {
            return false;
        }

        _items[item.MediaId] = item;
        _totalBytes += item.Bytes.Length;
        return true;
    }

    /// <summary>The item if it exists and has not passed its 3-day lifetime.</summary>
    public MediaItem? Find(string mediaId, DateTimeOffset now) =>
        _items.TryGetValue(mediaId, out var item) && now - item.CreatedAt < MediaItem.Lifetime ? item : null;

    public void Clear()
    {
        _items.Clear();
        _totalBytes = 0;
    }
}
