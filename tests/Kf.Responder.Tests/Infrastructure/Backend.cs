namespace Kf.Responder.Tests.Infrastructure;

/// <summary>The infrastructure a responder host runs on.</summary>
/// <param name="Settings">The host settings it implies.</param>
/// <param name="Queue">The responder queue hosts on this backend share; null gives each host its own.</param>
public sealed record Backend(IReadOnlyDictionary<string, string?> Settings, string? Queue = null)
{
    /// <summary>The all-in-one stand-ins: in-memory bus, in-process leases, a SQLite file of its own.</summary>
    public static Backend Embedded() => new(new Dictionary<string, string?>
    {
        ["Kf:Transport"] = "InMemory",
        ["Kf:Coordination"] = "InProcess",
        ["Kf:Storage"] = "Sqlite",
        ["ConnectionStrings:Sqlite"] = $"Data Source={Path.Combine(Path.GetTempPath(), $"kf-responder-{Guid.NewGuid():N}.db")}",
    });

    /// <summary>The embedded bus and leases, with the stores on MariaDB (KF_TEST_MYSQL): the knowledge base on MySQL without a broker.</summary>
    public static Backend EmbeddedOnMySql(string mySql) => new(new Dictionary<string, string?>
    {
        ["Kf:Transport"] = "InMemory",
        ["Kf:Coordination"] = "InProcess",
        ["Kf:Storage"] = "MySql",
        ["ConnectionStrings:MySql"] = mySql,
    });

    /// <summary>RabbitMQ, Redis and MariaDB (KF_TEST_*), with a queue of this test's own that its hosts share.</summary>
    public static Backend Real(string rabbitMq, string redis, string mySql) => new(new Dictionary<string, string?>
    {
        ["Kf:Transport"] = "RabbitMq",
        ["Kf:Coordination"] = "Redis",
        ["Kf:Storage"] = "MySql",
        ["ConnectionStrings:RabbitMq"] = rabbitMq,
        ["ConnectionStrings:Redis"] = redis,
        ["ConnectionStrings:MySql"] = mySql,
    }, $"responder-test-{Guid.NewGuid():N}");
}
