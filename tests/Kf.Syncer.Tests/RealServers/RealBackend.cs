using Kf.Testing;

namespace Kf.Syncer.Tests.RealServers;

/// <summary>The real servers, checked to answer, and a database of this test's own (dropped on dispose).</summary>
public sealed class RealBackend : IAsyncDisposable
{
    private readonly MySqlTestDatabase _database;

    private RealBackend(MySqlTestDatabase database, Backend backend)
    {
        _database = database;
        Backend = backend;
    }

    public Backend Backend { get; }

    public static async Task<RealBackend> StartAsync()
    {
        var rabbitMq = await TestServers.RequireRabbitMqAsync();
        var redis = await TestServers.RequireRedisAsync();
        var database = new MySqlTestDatabase();
        await database.InitializeAsync();
        return new RealBackend(database, Backend.Real(rabbitMq.ToString(), redis, database.Connections.ConnectionString));
    }

    public async ValueTask DisposeAsync() => await _database.DisposeAsync();
}
