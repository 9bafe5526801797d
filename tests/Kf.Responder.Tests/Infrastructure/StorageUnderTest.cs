namespace Kf.Responder.Tests.Infrastructure;

/// <summary>
/// The database a knowledge test runs on, named by a theory's data: <c>sqlite</c> (a file of its own) or
/// <c>mysql</c> (a throwaway database on KF_TEST_MYSQL; without the server the test fails saying how to start it).
/// </summary>
public sealed class StorageUnderTest : IAsyncDisposable
{
    private readonly MySqlTestDatabase? _database;

    private StorageUnderTest(Backend backend, MySqlTestDatabase? database)
    {
        Backend = backend;
        _database = database;
    }

    public Backend Backend { get; }

    public static async Task<StorageUnderTest> StartAsync(string kind)
    {
        if (kind == "sqlite")
        {
            return new StorageUnderTest(Backend.Embedded(), null);
        }

        Assert.Equal("mysql", kind);
        var database = new MySqlTestDatabase();
        await database.InitializeAsync();
        return new StorageUnderTest(Backend.EmbeddedOnMySql(database.Connections.ConnectionString), database);
    }

    public async ValueTask DisposeAsync()
    {
        if (_database is not null)
        {
            await _database.DisposeAsync();
        }
    }
}
