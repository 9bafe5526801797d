namespace Kf.Simulator.State;

/// <summary>
/// Issued access tokens and their expiry. <c>token_revoke</c> invalidates every token issued so far
/// (the next call gets 40014, as after a secret reset). Not thread-safe: callers hold the state gate.
/// Kept across <c>POST /sim/reset</c> so a connected bot keeps its credentials.
/// </summary>
internal sealed class AccessTokens
{
    public const int Valid = 0;
    public const int Missing = 41001;
    public const int Invalid = 40014;
    public const int Expired = 42001;

    private readonly Dictionary<string, DateTimeOffset> _expiry = new(StringComparer.Ordinal);

    public void Issue(string token, DateTimeOffset expiresAt)
    {
        // Bounded: tokens past expiry are forgotten before a new one is added.
        if (_expiry.Count > 10_000)
        {
            foreach (var stale in _expiry.Where(e => e.Value < expiresAt.AddDays(-1)).Select(e => e.Key).ToList())
            {
                _expiry.Remove(stale);
            }
        }

        _expiry[token] = expiresAt;
    }

    public int Check(string? token, DateTimeOffset now)
    {
        if (string.IsNullOrEmpty(token))
        {
            return Missing;
        }

        if (!_expiry.TryGetValue(token, out var expiresAt))
        {
            return Invalid;
        }

        return now >= expiresAt ? Expired : Valid;
    }

    public void RevokeAll() => _expiry.Clear();
}
