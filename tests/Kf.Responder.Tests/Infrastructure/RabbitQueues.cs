using RabbitMQ.Client;

namespace Kf.Responder.Tests.Infrastructure;

/// <summary>Removes a test's durable queue and its exchange from the shared broker once its hosts have stopped.</summary>
public static class RabbitQueues
{
    public static async Task DeleteAsync(Uri broker, string queue)
    {
        var factory = new ConnectionFactory { Uri = broker };
        await using var connection = await factory.CreateConnectionAsync();
        await using var channel = await connection.CreateChannelAsync();
        // MassTransit adds _error and _skipped next to a queue when a message faults or has no consumer.
        foreach (var name in new[] { queue, $"{queue}_error", $"{queue}_skipped" })
        {
            await channel.QueueDeleteAsync(name);
            await channel.ExchangeDeleteAsync(name);
        }
    }
}
