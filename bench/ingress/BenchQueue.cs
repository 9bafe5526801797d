using RabbitMQ.Client;

namespace Kf.Ingress.Bench;

// A durable queue bound where the syncer's would be, so each confirm includes the broker writing the
// message to a queue (an exchange with no queue drops it, which would flatter the figures). It
// lives in the benchmark's own vhost and is deleted at the end; what it held proves every 200 was kept.
internal sealed class BenchQueue(IConnection connection, IChannel channel) : IAsyncDisposable
{
    private const string Exchange = "Kf.Contracts:CallbackReceived";
    private const string Queue = "bench-callback-received";

    public static async Task<BenchQueue> BindAsync(string rabbitMq)
    {
        var connection = await new ConnectionFactory { Uri = new Uri(rabbitMq) }.CreateConnectionAsync();
        var channel = await connection.CreateChannelAsync();
        // The exchange exists once the ingress published its warm-up callback (MassTransit declares it).
        await channel.QueueDeclareAsync(Queue, durable: true, exclusive: false, autoDelete: false);
        await channel.QueuePurgeAsync(Queue);
        await channel.QueueBindAsync(Queue, Exchange, routingKey: "");
        return new BenchQueue(connection, channel);
    }

    // Empties the queue and says how many messages it held: a consumer-less queue of 10^5 messages
    // makes the broker page to disk, which a drained production queue never does.
    public Task<uint> TakeAllAsync() => channel.QueuePurgeAsync(Queue);

    public async ValueTask DisposeAsync()
    {
        await channel.QueueDeleteAsync(Queue, ifUnused: false, ifEmpty: false);
        await channel.CloseAsync();
        await connection.CloseAsync();
        channel.Dispose();
        connection.Dispose();
    }
}
