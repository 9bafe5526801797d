namespace Kf.Simulator.State;

/// <summary>
/// The callback <c>Token</c>s handed out with pushes: valid 10 minutes, for one open_kfid.
/// Not thread-safe: callers hold the state gate.
/// </summary>
internal sealed class SyncTokens
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(10);

    private readonly Dictionary<string, (string OpenKfId, DateTimeOffset ExpiresAt)> _tokens = new(StringComparer.Ordinal);

    public void Issue(string token, string openKfId, DateTimeOffset now)
    {
        if (_tokens.Count > 10_000)
        {
            foreach (var stale in _tokens.Where(t => t.Value.ExpiresAt <= now).Select(t => t.Key).ToList())
            {
                _tokens.Remove(stale);
            }
        }

        _tokens[token] = (openKfId, now + Lifetime);
    }

    /// <summary>True when the token exists, has not expired, and belongs to the account asked for.</summary>
    public bool IsValid(string token, string? openKfId, DateTimeOffset now) =>
        _tokens.TryGetValue(token, out var entry)
        && now < entry.ExpiresAt
        && (string.IsNullOrEmpty(openKfId) || entry.OpenKfId == openKfId);

    public void Clear() => _tokens.Clear();
}
