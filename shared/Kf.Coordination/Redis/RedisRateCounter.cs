using StackExchange.Redis;

namespace Kf.Coordination.Redis;

/// <summary><see cref="IRateCounter"/> on Redis: GET, INCR and PEXPIRE in one Lua script.</summary>
public sealed class RedisRateCounter(IConnectionMultiplexer redis, RedisKeys? keys = null) : IRateCounter
{
    private readonly RedisKeys _keys = keys ?? RedisKeys.Default;

    /// <inheritdoc />
    public async Task<RateDecision> TryAcquireAsync(string key, int limit, TimeSpan window)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        ArgumentOutOfRangeException.ThrowIfLessThan(limit, 1);
        ClaimTtl.EnsurePositive(window, nameof(window));
        var result = (RedisResult[])(await redis.GetDatabase().ScriptEvaluateAsync(
            LuaScripts.Acquire, [_keys.Rate(key)], [limit, (long)window.TotalMilliseconds]))!;
        return new RateDecision(
            (long)result[0] == 1,
            (long)result[1],
            TimeSpan.FromMilliseconds((long)result[2]));
    }
}
