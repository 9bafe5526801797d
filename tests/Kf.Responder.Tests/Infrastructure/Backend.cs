namespace Kf.Responder.Tests.Infrastructure;

/// <summary>The infrastructure a responder host runs on.</summary>
public sealed record Backend(IReadOnlyDictionary<string, string?> Settings)
{
    /// <summary>The all-in-one stand-ins: in-memory bus, in-process leases, a SQLite file of its own.</summary>
    public static Backend Embedded() => new(new Dictionary<string, string?>
    {
        ["Kf:Transport"] = "InMemory",
        ["Kf:Coordination"] = "InProcess",
        ["Kf:Storage"] = "Sqlite",
        ["ConnectionStrings:Sqlite"] = $"Data Source={Path.Combine(Path.GetTempPath(), $"kf-responder-{Guid.NewGuid():N}.db")}",
    });

    /// <summary>RabbitMQ, Redis and MariaDB (KF_TEST_*), with a queue of this test's own.</summary>
    public static Backend Real(string rabbitMq, string redis, string mySql, string endpointName) => new(new Dictionary<string, string?>
    {
        ["Kf:Transport"] = "RabbitMq",
        ["Kf:Coordination"] = "Redis",
        ["Kf:Storage"] = "MySql",
        ["ConnectionStrings:RabbitMq"] = rabbitMq,
        ["ConnectionStrings:Redis"] = redis,
        ["ConnectionStrings:MySql"] = mySql,
        ["Responder:EndpointName"] = endpointName,
    });
}
