using Kf.Coordination.Redis;
using Kf.Coordination;
using StackExchange.Redis;

namespace Kf.Coordination.Tests.Backends;

// Real Redis at KF_TEST_REDIS. Two connections stand for two replicas; a prefix per test keeps
// tests apart and lets disposal delete exactly what the test wrote.
public sealed class RedisBackend : ICoordinationBackend
{
    // Redis measures TTLs in whole milliseconds on its own clock: wait a little past the lifetime.
    private static readonly TimeSpan ExpiryMargin = TimeSpan.FromMilliseconds(50);
    private readonly RedisKeys _keys = new($"kf-test:{Guid.NewGuid():N}:");
    private ConnectionMultiplexer[] _connections = [];

    public async Task InitializeAsync() => _connections = await RedisConnections.GetAsync();

    public IMessageClaims Claims(int client = 0) => new RedisMessageClaims(Connection(client), _keys);

    public ILeases Leases(int client = 0) => new RedisLeases(Connection(client), _keys);

    public IRateCounter RateCounter(int client = 0) => new RedisRateCounter(Connection(client), _keys);

    public Task AdvanceAsync(TimeSpan by) => Task.Delay(by + ExpiryMargin);

    public async ValueTask DisposeAsync()
    {
        if (_connections.Length == 0)
        {
            return;
        }

        var connection = _connections[0];
        var server = connection.GetServer(connection.GetEndPoints()[0]);
        var keys = server.Keys(pattern: _keys.Prefix + "*").ToArray();
        await connection.GetDatabase().KeyDeleteAsync(keys);
    }

    private ConnectionMultiplexer Connection(int client) => _connections[client % _connections.Length];
}
