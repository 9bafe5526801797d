using System.Globalization;
using Kf.ServiceDefaults.Bus;
using Kf.ServiceDefaults.Configuration;
using Microsoft.Extensions.Options;
using RabbitMQ.Client;

namespace Kf.Sender.Redelivery;

/// <summary>
/// The parking queues, one per delay step: <c>{Sender:Queue}-delay-{step}</c> with <c>x-message-ttl</c>
/// and <c>x-dead-letter-exchange</c> = the input queue's exchange (MassTransit binds it to the queue),
/// each behind a fanout exchange of the same name. Declared with RabbitMQ.Client (MassTransit cannot
/// give a queue arguments it does not consume from) at start and again before first use; declaring is idempotent.
/// </summary>
internal sealed class ParkingQueues(IOptions<SenderOptions> options, IOptions<ConnectionStringsOptions> connections)
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private volatile bool _declared;

    public string NameOf(int step) => $"{options.Value.Queue}-delay-{Label(options.Value.DelayOf(step))}";

    /// <summary>Every step's queue name and TTL.</summary>
    public IEnumerable<(string Name, TimeSpan Ttl)> All =>
        options.Value.Delays.Distinct().Select(delay => ($"{options.Value.Queue}-delay-{Label(delay)}", delay));

    public async Task EnsureDeclaredAsync(CancellationToken cancellationToken)
    {
        if (_declared)
        {
            return;
        }

        await _gate.WaitAsync(cancellationToken);
        try
        {
            if (!_declared)
            {
                await DeclareAsync(cancellationToken);
                _declared = true;
            }
        }
        finally
        {
            _gate.Release();
        }
    }

    private async Task DeclareAsync(CancellationToken cancellationToken)
    {
        // Validated at start by ServiceDefaults' RabbitMqConnectionValidator.
        RabbitMqEndpoint.TryParse(connections.Value.RabbitMq, out var endpoint, out _);
        var factory = new ConnectionFactory
        {
            HostName = endpoint!.Host,
            Port = endpoint.Port,
            VirtualHost = endpoint.VirtualHost,
            UserName = endpoint.Username,
            Password = endpoint.Password,
            Ssl = new SslOption(endpoint.Host, enabled: endpoint.UseSsl),
            ClientProvidedName = "kf-sender-parking-queues",
        };
        await using var connection = await factory.CreateConnectionAsync(cancellationToken);
        await using var channel = await connection.CreateChannelAsync(cancellationToken: cancellationToken);
        foreach (var (name, ttl) in All)
        {
            await channel.ExchangeDeclareAsync(name, ExchangeType.Fanout, durable: true, autoDelete: false, cancellationToken: cancellationToken);
            await channel.QueueDeclareAsync(name, durable: true, exclusive: false, autoDelete: false, Arguments(ttl), cancellationToken: cancellationToken);
            await channel.QueueBindAsync(name, name, routingKey: "", cancellationToken: cancellationToken);
        }
    }

    /// <summary>The arguments of a parking queue with <paramref name="ttl"/>; a redeclaration must repeat them exactly.</summary>
    public Dictionary<string, object?> Arguments(TimeSpan ttl) => new()
    {
        ["x-message-ttl"] = (long)ttl.TotalMilliseconds,
        ["x-dead-letter-exchange"] = options.Value.Queue,
    };

    // 1s, 5s, 120s; sub-second or fractional steps in milliseconds (250ms).
    private static string Label(TimeSpan delay) =>
        delay.Ticks % TimeSpan.TicksPerSecond == 0
            ? ((long)delay.TotalSeconds).ToString(CultureInfo.InvariantCulture) + "s"
            : ((long)delay.TotalMilliseconds).ToString(CultureInfo.InvariantCulture) + "ms";
}
