using Kf.Storage.Sql;
using Kf.Testing;

namespace Kf.Storage.Tests.Backends;

// Real MariaDB/MySQL at KF_TEST_MYSQL: a throwaway kf_t_<random> database each.
public sealed class MySqlBackend : StorageBackend
{
    private readonly List<MySqlTestDatabase> _databases = [];

    public override async Task DisposeAsync()
    {
        foreach (var database in _databases)
        {
            await database.DisposeAsync();
        }
    }

    internal override async Task<Database> NewDatabaseAsync()
    {
        var database = new MySqlTestDatabase();
        _databases.Add(database);
        await database.InitializeAsync();
        return new MySqlDatabase(database.Connections.ConnectionString);
    }
}
