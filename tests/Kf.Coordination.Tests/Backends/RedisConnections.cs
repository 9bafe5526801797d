using StackExchange.Redis;

namespace Kf.Coordination.Tests.Backends;

// Connected once per test run; when Redis is unreachable every Redis test fails with how to start it.
public static class RedisConnections
{
    private static readonly Lazy<Task<ConnectionMultiplexer[]>> Shared = new(ConnectAsync);

    public static Task<ConnectionMultiplexer[]> GetAsync() => Shared.Value;

    private static async Task<ConnectionMultiplexer[]> ConnectAsync()
    {
        var endpoint = Environment.GetEnvironmentVariable("KF_TEST_REDIS") is { Length: > 0 } given ? given : "127.0.0.1:6379";
        try
        {
            var options = ConfigurationOptions.Parse(endpoint);
            options.AbortOnConnectFail = true;
            options.ConnectTimeout = 3000;
            return [await ConnectionMultiplexer.ConnectAsync(options), await ConnectionMultiplexer.ConnectAsync(options)];
        }
        catch (Exception e) when (e is RedisConnectionException or RedisTimeoutException or ArgumentException)
        {
            throw new InvalidOperationException(
                $"Redis is not reachable at '{endpoint}' (KF_TEST_REDIS). Start it with scripts/servers.sh, or "
                + "`redis-server --bind 127.0.0.1 --port 6379 --daemonize yes --save '' --appendonly no`, "
                + "or point KF_TEST_REDIS at a running server.",
                e);
        }
    }
}
