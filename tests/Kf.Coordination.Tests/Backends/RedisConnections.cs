using Kf.Testing;
using StackExchange.Redis;

namespace Kf.Coordination.Tests.Backends;

// Connected once per test run; when Redis is unreachable every Redis test fails with how to start it
// (TestServers.RequireRedisAsync says so before any connection is tried).
public static class RedisConnections
{
    private static readonly Lazy<Task<ConnectionMultiplexer[]>> Shared = new(ConnectAsync);

    public static Task<ConnectionMultiplexer[]> GetAsync() => Shared.Value;

    private static async Task<ConnectionMultiplexer[]> ConnectAsync()
    {
        var options = ConfigurationOptions.Parse(await TestServers.RequireRedisAsync());
        options.AbortOnConnectFail = true;
        options.ConnectTimeout = 3000;
        // SE.Redis 1.2.6 fails a command after 1 s by default; on a loaded 2-core CI box a round trip
        // once stalled past that. The contracts under test are about ordering and fencing, not latency.
        options.SyncTimeout = 5000;
        return [await ConnectionMultiplexer.ConnectAsync(options), await ConnectionMultiplexer.ConnectAsync(options)];
    }
}
