using Microsoft.Data.Sqlite;

namespace Kf.Knowledge.Tests.Import.Backends;

// A SQLite file in a temporary folder, deleted with it.
public sealed class SqliteImportBackend : ImportBackend
{
    private readonly string _folder = Directory.CreateTempSubdirectory("kf-knowledge-tests-").FullName;

    public override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Kf:Storage"] = "Sqlite",
        ["ConnectionStrings:Sqlite"] = $"Data Source={Path.Combine(_folder, "kf.db")}",
    };

    public override Task InitializeAsync() => Task.CompletedTask;

    public override Task DisposeAsync()
    {
        // Pooled connections keep the file open.
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
        return Task.CompletedTask;
    }
}
