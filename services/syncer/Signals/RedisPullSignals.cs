using StackExchange.Redis;

namespace Kf.Syncer.Signals;

/// <summary><see cref="IPullSignals"/> shared by all syncer replicas: <c>INCR</c> on <c>kf:pull-signal:{open_kfid}</c>.</summary>
internal sealed class RedisPullSignals(IConnectionMultiplexer redis) : IPullSignals
{
    // Far longer than any pull, so a holder never sees its reading expire; refreshed on every raise
    // so keys of removed accounts disappear.
    private static readonly TimeSpan Lifetime = TimeSpan.FromDays(1);

    private const string Raise = "redis.call('INCR', KEYS[1]); return redis.call('PEXPIRE', KEYS[1], ARGV[1])";

    public Task RaiseAsync(string openKfId) =>
        redis.GetDatabase().ScriptEvaluateAsync(Raise, [Key(openKfId)], [(long)Lifetime.TotalMilliseconds]);

    public async Task<long> ReadAsync(string openKfId)
    {
        var value = await redis.GetDatabase().StringGetAsync(Key(openKfId));
        return value.IsNull ? 0 : (long)value;
    }

    private static RedisKey Key(string openKfId) => $"kf:pull-signal:{openKfId}";
}
