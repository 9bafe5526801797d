namespace Kf.ServiceDefaults.Configuration;

/// <summary>
/// The endpoints, under the same keys in every service. Each <c>AddKf…</c> call registers a validator
/// for the keys it needs, so a process fails at start naming exactly the missing or malformed key.
/// </summary>
public sealed class ConnectionStringsOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "ConnectionStrings";

    /// <summary><c>ConnectionStrings:RabbitMq</c>: <c>amqp://user:pass@host:port/vhost</c> (or <c>amqps://</c>).</summary>
    public string? RabbitMq { get; set; }

    /// <summary><c>ConnectionStrings:Redis</c>: a StackExchange.Redis configuration string, e.g. <c>127.0.0.1:6379</c>.</summary>
    public string? Redis { get; set; }

    /// <summary><c>ConnectionStrings:MySql</c>: read and validated by the storage layer.</summary>
    public string? MySql { get; set; }
}
