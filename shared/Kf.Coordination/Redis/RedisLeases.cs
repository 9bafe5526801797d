using StackExchange.Redis;

namespace Kf.Coordination.Redis;

/// <summary>
/// <see cref="ILeases"/> on Redis: SET NX PX on the lease key and, in the same script, INCR on a
/// per-key fence counter that never expires.
/// </summary>
public sealed class RedisLeases(IConnectionMultiplexer redis, RedisKeys? keys = null) : ILeases
{
    private readonly RedisKeys _keys = keys ?? RedisKeys.Default;

    /// <inheritdoc />
    public async Task<Lease?> TryAcquireAsync(string key, TimeSpan ttl)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        ClaimTtl.EnsurePositive(ttl, nameof(ttl));
        var token = Guid.NewGuid().ToString("N");
        var fence = (long)await redis.GetDatabase().ScriptEvaluateAsync(
            LuaScripts.AcquireLease,
            [_keys.Lease(key), _keys.Fence(key)],
            [token, (long)ttl.TotalMilliseconds]);
        return fence > 0 ? new Lease(key, token, fence) : null;
    }

    /// <inheritdoc />
    public async Task<bool> RenewAsync(Lease lease, TimeSpan ttl)
    {
        ArgumentNullException.ThrowIfNull(lease);
        ClaimTtl.EnsurePositive(ttl, nameof(ttl));
        var result = (long)await redis.GetDatabase().ScriptEvaluateAsync(
            LuaScripts.RenewLease, [_keys.Lease(lease.Key)], [lease.Token, (long)ttl.TotalMilliseconds]);
        return result == 1;
    }

    /// <inheritdoc />
    public async Task<bool> ReleaseAsync(Lease lease)
    {
        ArgumentNullException.ThrowIfNull(lease);
        var result = (long)await redis.GetDatabase().ScriptEvaluateAsync(
            LuaScripts.CompareAndDelete, [_keys.Lease(lease.Key)], [lease.Token]);
        return result == 1;
    }
}
