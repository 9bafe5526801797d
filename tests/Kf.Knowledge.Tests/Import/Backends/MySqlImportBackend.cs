using Kf.Testing;

namespace Kf.Knowledge.Tests.Import.Backends;

// Real MariaDB/MySQL at KF_TEST_MYSQL: a throwaway kf_t_<random> database.
public sealed class MySqlImportBackend : ImportBackend
{
    private readonly MySqlTestDatabase _database = new();

    public override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Kf:Storage"] = "MySql",
        ["ConnectionStrings:MySql"] = _database.Connections.ConnectionString,
    };

    public override Task InitializeAsync() => _database.InitializeAsync();

    public override Task DisposeAsync() => _database.DisposeAsync();
}
