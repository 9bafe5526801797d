using Kf.Testing;
using StackExchange.Redis;

namespace Kf.Smoke.Tests;

public sealed class RedisTests
{
    // The shape of the msgid claims and leases: release only what you still hold.
    private const string CompareAndDelete = """
        if redis.call('get', KEYS[1]) == ARGV[1] then
            return redis.call('del', KEYS[1])
        end
        return 0
        """;

    [Fact]
    public async Task Should_refuse_a_second_claim_and_keep_the_ttl_when_the_key_is_held()
    {
        using var redis = await ConnectionMultiplexer.ConnectAsync(await TestServers.RequireRedisAsync());
        var db = redis.GetDatabase();
        var key = NewKey();
        // Not a whole number of seconds, so the client must send PX rather than EX.
        var ttl = TimeSpan.FromMilliseconds(30_500);

        try
        {
            Assert.True(await db.StringSetAsync(key, "first", ttl, When.NotExists));
            Assert.False(await db.StringSetAsync(key, "second", ttl, When.NotExists));

            Assert.Equal("first", (string?)await db.StringGetAsync(key));
            var left = await db.KeyTimeToLiveAsync(key);
            Assert.NotNull(left);
            Assert.InRange(left.Value, TimeSpan.FromSeconds(25), ttl);
        }
        finally
        {
            await db.KeyDeleteAsync(key);
        }
    }

    [Fact]
    public async Task Should_delete_only_the_matching_value_when_running_compare_and_delete()
    {
        using var redis = await ConnectionMultiplexer.ConnectAsync(await TestServers.RequireRedisAsync());
        var db = redis.GetDatabase();
        var key = NewKey();

        try
        {
            await db.StringSetAsync(key, "owner-a", TimeSpan.FromSeconds(30));

            var byOther = await db.ScriptEvaluateAsync(CompareAndDelete, [key], ["owner-b"]);
            Assert.Equal(0, (int)byOther);
            Assert.True(await db.KeyExistsAsync(key));

            var byOwner = await db.ScriptEvaluateAsync(CompareAndDelete, [key], ["owner-a"]);
            Assert.Equal(1, (int)byOwner);
            Assert.False(await db.KeyExistsAsync(key));
        }
        finally
        {
            await db.KeyDeleteAsync(key);
        }
    }

    private static RedisKey NewKey() => $"kf:smoke:{Guid.NewGuid():N}";
}
