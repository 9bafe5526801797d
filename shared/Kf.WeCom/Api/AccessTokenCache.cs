using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using Kf.WeCom.Models;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Kf.WeCom.Api;

/// <summary>
/// Caches access tokens per (corpid, secret). A token is replaced <see cref="WeComOptions.TokenRefreshAhead"/>
/// before it expires; all callers that need a new token share one fetch; a failed fetch is not cached,
/// so the next caller tries again. Register as a singleton: gettoken is rate limited.
/// </summary>
public sealed class AccessTokenCache(TimeProvider time, IOptions<WeComOptions> options, ILogger<AccessTokenCache> logger)
{
    private readonly ConcurrentDictionary<string, AccessTokenSlot> _slots = new(StringComparer.Ordinal);

    /// <summary>
    /// Returns the cached token, or waits for the shared fetch made with <paramref name="fetch"/>.
    /// The fetch runs with no cancellation token (other callers may still want it) and must bound its
    /// own time. If a refresh ahead of expiry fails, the still-valid old token is returned.
    /// </summary>
    /// <exception cref="OperationCanceledException">Only this caller stops waiting; the fetch goes on.</exception>
    public async ValueTask<AccessToken> GetAsync(
        string corpId,
        string secret,
        Func<CancellationToken, Task<GetTokenResponse>> fetch,
        CancellationToken cancellationToken = default)
    {
        var slot = _slots.GetOrAdd(Key(corpId, secret), static _ => new AccessTokenSlot());
        Task<AccessToken> refresh;
        AccessToken? stillValid;
        lock (slot.Gate)
        {
            var now = time.GetUtcNow();
            if (slot.Current is { } current && now < current.RefreshAt)
            {
                return current;
            }

            stillValid = slot.Current is { } old && now < old.ExpiresAt ? old : null;
            // Task.Run: the fetch must not start inside the lock, and its completion takes the lock.
            refresh = slot.Refresh ??= Task.Run(() => RefreshAsync(slot, fetch));
        }

        try
        {
            return await refresh.WaitAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception) when (stillValid is not null && !cancellationToken.IsCancellationRequested)
        {
            WeComLog.AccessTokenFallback(logger, stillValid.ExpiresAt);
            return stillValid;
        }
    }

    /// <summary>
    /// Drops <paramref name="token"/> if it is still the cached one. Callers that all saw the same
    /// token rejected therefore cause one refresh, not one each.
    /// </summary>
    /// <returns>True when the token was dropped.</returns>
    public bool Invalidate(string corpId, string secret, AccessToken token)
    {
        if (!_slots.TryGetValue(Key(corpId, secret), out var slot))
        {
            return false;
        }

        lock (slot.Gate)
        {
            if (!ReferenceEquals(slot.Current, token))
            {
                return false;
            }

            slot.Current = null;
            return true;
        }
    }

    private async Task<AccessToken> RefreshAsync(AccessTokenSlot slot, Func<CancellationToken, Task<GetTokenResponse>> fetch)
    {
        var issuedAt = time.GetUtcNow();
        try
        {
            var response = await fetch(CancellationToken.None).ConfigureAwait(false);
            var token = AccessToken.Create(response.AccessToken, response.ExpiresIn, issuedAt, options.Value.TokenRefreshAhead);
            lock (slot.Gate)
            {
                slot.Current = token;
                slot.Refresh = null;
            }

            WeComLog.AccessTokenRefreshed(logger, response.ExpiresIn);
            return token;
        }
        catch (Exception ex)
        {
            lock (slot.Gate)
            {
                slot.Refresh = null;
            }

            WeComLog.AccessTokenRefreshFailed(logger, ex);
            throw;
        }
    }

    // The secret is hashed so that the key, should it ever be printed, reveals nothing.
    private static string Key(string corpId, string secret) =>
        corpId + "|" + Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));
}
