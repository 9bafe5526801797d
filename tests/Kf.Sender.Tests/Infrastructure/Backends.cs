namespace Kf.Sender.Tests.Infrastructure;

/// <summary>The settings of the infrastructure a sender host runs on.</summary>
public static class Backends
{
    /// <summary>The all-in-one stand-ins: in-memory bus, in-process coordination, a SQLite file of its own (or the given one).</summary>
    public static Dictionary<string, string?> Embedded(string? sqliteFile = null) => new()
    {
        ["Kf:Transport"] = "InMemory",
        ["Kf:Coordination"] = "InProcess",
        ["Kf:Storage"] = "Sqlite",
        ["ConnectionStrings:Sqlite"] = $"Data Source={sqliteFile ?? NewSqliteFile()}",
    };

    public static string NewSqliteFile() => Path.Combine(Path.GetTempPath(), $"kf-sender-{Guid.NewGuid():N}.db");

    /// <summary>RabbitMQ, Redis and MariaDB from KF_TEST_* (scripts/servers.sh).</summary>
    public static Dictionary<string, string?> Real(string rabbitMq, string redis, string mySql) => new()
    {
        ["Kf:Transport"] = "RabbitMq",
        ["Kf:Coordination"] = "Redis",
        ["Kf:Storage"] = "MySql",
        ["ConnectionStrings:RabbitMq"] = rabbitMq,
        ["ConnectionStrings:Redis"] = redis,
        ["ConnectionStrings:MySql"] = mySql,
    };
}
