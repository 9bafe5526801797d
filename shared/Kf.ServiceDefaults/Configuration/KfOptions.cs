using Microsoft.Extensions.Configuration;

namespace Kf.ServiceDefaults.Configuration;

/// <summary>
/// Which infrastructure a process uses. The defaults are the distributed deployment; the all-in-one
/// host sets <c>Kf:Transport=InMemory</c> and <c>Kf:Coordination=InProcess</c> and then needs
/// neither RabbitMQ nor Redis.
/// </summary>
public sealed class KfOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Kf";

    /// <summary><c>Kf:Transport</c>: <c>RabbitMq</c> (default) or <c>InMemory</c>.</summary>
    public KfTransport Transport { get; set; } = KfTransport.RabbitMq;

    /// <summary><c>Kf:Coordination</c>: <c>Redis</c> (default) or <c>InProcess</c>.</summary>
    public KfCoordination Coordination { get; set; } = KfCoordination.Redis;

    // Read at registration, not through IOptions: the choice decides which services get registered.
    // The binder's own error for a bad value names the key ("… at 'Kf:Transport' …").
    internal static KfOptions Read(IConfiguration configuration) =>
        configuration.GetSection(Section).Get<KfOptions>() ?? new KfOptions();
}
