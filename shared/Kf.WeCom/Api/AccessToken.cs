namespace Kf.WeCom.Api;

/// <summary>
/// An access token and when to replace it. <see cref="ToString"/> hides the value so that the token
/// cannot reach a log by accident.
/// </summary>
public sealed class AccessToken
{
    internal AccessToken(string value, DateTimeOffset refreshAt, DateTimeOffset expiresAt)
    {
        Value = value;
        RefreshAt = refreshAt;
        ExpiresAt = expiresAt;
    }

    /// <summary>The token, sent as the <c>access_token</c> query parameter. A secret.</summary>
    public string Value { get; }

    /// <summary>From this time on the cache fetches a new token.</summary>
    public DateTimeOffset RefreshAt { get; }

    /// <summary>WeCom stops accepting the token at about this time.</summary>
    public DateTimeOffset ExpiresAt { get; }

    /// <inheritdoc />
    public override string ToString() => $"AccessToken(refresh at {RefreshAt:O}, expires at {ExpiresAt:O})";

    // Refresh TokenRefreshAhead early, but never earlier than half the lifetime: a short-lived
    // token (a simulator's) would otherwise be refreshed on every call.
    internal static AccessToken Create(string value, int expiresInSeconds, DateTimeOffset issuedAt, TimeSpan refreshAhead)
    {
        var lifetime = TimeSpan.FromSeconds(Math.Max(0, expiresInSeconds));
        var ahead = refreshAhead < lifetime / 2 ? refreshAhead : lifetime / 2;
        return new AccessToken(value, issuedAt + lifetime - ahead, issuedAt + lifetime);
    }
}
