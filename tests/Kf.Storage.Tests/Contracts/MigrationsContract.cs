using Dapper;
using Kf.Storage.Migrations;
using Kf.Storage.Sql;
using Kf.Storage.Tests.Backends;

namespace Kf.Storage.Tests.Contracts;

// Every process migrates at start: running again, or two at once, must leave one clean schema.
public abstract class MigrationsContract<TBackend>(TBackend backend) : StoreContract<TBackend>(backend)
    where TBackend : StorageBackend
{
    [Fact]
    public async Task Should_change_nothing_when_migrations_run_twice()
    {
        var database = await Backend.NewDatabaseAsync();
        await StorageBackend.Runner(database).RunAsync();

        var again = StorageBackend.Runner(database);
        await again.RunAsync();

        Assert.True(again.Completed);
        Assert.Equal(Expected(database), await AppliedAsync(database));
    }

    [Fact]
    public async Task Should_apply_each_script_once_when_two_runners_start_at_once()
    {
        var database = await Backend.NewDatabaseAsync();

        await Task.WhenAll(
            Task.Run(() => StorageBackend.Runner(database).RunAsync()),
            Task.Run(() => StorageBackend.Runner(database).RunAsync()));

        Assert.Equal(Expected(database), await AppliedAsync(database));
        Assert.True(await new SqlCursorStore(database, Time).TrySaveAsync("wk", "c", 1));
    }

    private static int[] Expected(Database database) =>
        MigrationScript.For(database.Dialect).Select(s => s.Version).ToArray();

    private static async Task<int[]> AppliedAsync(Database database)
    {
        await using var connection = await database.OpenAsync(CancellationToken.None);
        var versions = await connection.QueryAsync<long>("SELECT version FROM schema_migrations ORDER BY version");
        return versions.Select(v => (int)v).ToArray();
    }
}
