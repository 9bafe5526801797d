namespace Kf.ServiceDefaults.Configuration;

/// <summary>The bus transport (<c>Kf:Transport</c>).</summary>
public enum KfTransport
{
    /// <summary>RabbitMQ at <c>ConnectionStrings:RabbitMq</c>.</summary>
    RabbitMq,

    /// <summary>MassTransit's in-memory transport: one process only (the all-in-one host, tests).</summary>
    InMemory,
}
