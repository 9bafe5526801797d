using Kf.Storage.Sql;
using Microsoft.Data.Sqlite;

namespace Kf.Storage.Tests.Backends;

// SQLite files in a temporary folder, deleted with it.
public sealed class SqliteBackend : StorageBackend
{
    private readonly string _folder = Directory.CreateTempSubdirectory("kf-storage-tests-").FullName;

    public override Task DisposeAsync()
    {
        // Pooled connections keep the files open.
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
        return Task.CompletedTask;
    }

    internal override Task<Database> NewDatabaseAsync() =>
        Task.FromResult<Database>(new SqliteDatabase($"Data Source={Path.Combine(_folder, $"{Guid.NewGuid():N}.db")}"));
}
