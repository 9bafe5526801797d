namespace Kf.Syncer.Tests.Infrastructure;

/// <summary>The infrastructure a syncer host runs on.</summary>
public sealed record Backend(IReadOnlyDictionary<string, string?> Settings)
{
    /// <summary>The all-in-one stand-ins: in-memory bus, in-process claims and leases, a SQLite file of its own.</summary>
    public static Backend Embedded() => new(new Dictionary<string, string?>
    {
        ["Kf:Transport"] = "InMemory",
        ["Kf:Coordination"] = "InProcess",
        ["Kf:Storage"] = "Sqlite",
        ["ConnectionStrings:Sqlite"] = $"Data Source={Path.Combine(Path.GetTempPath(), $"kf-syncer-{Guid.NewGuid():N}.db")}",
    });

    /// <summary>RabbitMQ, Redis and MariaDB from KF_TEST_* (scripts/servers.sh), one database per test.</summary>
    public static Backend Real(string rabbitMq, string redis, string mySql) => new(new Dictionary<string, string?>
    {
        ["Kf:Transport"] = "RabbitMq",
        ["Kf:Coordination"] = "Redis",
        ["Kf:Storage"] = "MySql",
        ["ConnectionStrings:RabbitMq"] = rabbitMq,
        ["ConnectionStrings:Redis"] = redis,
        ["ConnectionStrings:MySql"] = mySql,
    });
}
