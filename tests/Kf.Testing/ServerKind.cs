namespace Kf.Testing;

/// <summary>One kind of server a suite needs, and how to tell a reader to provide it.</summary>
internal sealed record ServerKind(string Name, string Variable, string What)
{
    public static readonly ServerKind RabbitMq = new("RabbitMQ", "KF_TEST_RABBITMQ", "broker");
    public static readonly ServerKind Redis = new("Redis", "KF_TEST_REDIS", "Redis server");
    public static readonly ServerKind MySql = new("MySQL", "KF_TEST_MYSQL", "MySQL or MariaDB server");

    /// <param name="shown">Where it was looked for, without secrets.</param>
    public TestServerUnavailableException Unavailable(string shown, string reason, Exception? inner = null) =>
        new($"{Name} at {shown} cannot be used: {reason}. Run ./scripts/servers.sh, or set {Variable} to a reachable {What}.", inner);
}
