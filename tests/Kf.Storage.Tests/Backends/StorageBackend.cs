using Kf.Storage.Migrations;
using Kf.Storage.Sql;
using Microsoft.Extensions.Logging.Abstractions;

namespace Kf.Storage.Tests.Backends;

// A class fixture: one migrated database per test class, plus fresh unmigrated ones on request
// (the migration tests need a schema nobody has touched). Disposal drops everything it made.
public abstract class StorageBackend : IAsyncLifetime
{
    private Database? _database;

    internal Database Database => _database ?? throw new InvalidOperationException("Used before InitializeAsync.");

    public async Task InitializeAsync()
    {
        _database = await NewDatabaseAsync();
        await Runner(_database).RunAsync();
    }

    public abstract Task DisposeAsync();

    internal abstract Task<Database> NewDatabaseAsync();

    internal static MigrationRunner Runner(Database database) =>
        new(database, TimeProvider.System, NullLogger<MigrationRunner>.Instance);
}
