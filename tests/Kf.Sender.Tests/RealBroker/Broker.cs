using Kf.ServiceDefaults.Bus;
using RabbitMQ.Client;

namespace Kf.Sender.Tests.RealBroker;

/// <summary>A RabbitMQ.Client connection to the test broker, to look at and clean up what the sender declared.</summary>
public sealed class Broker : IAsyncDisposable
{
    private readonly IConnection _connection;

    private Broker(IConnection connection) => _connection = connection;

    public static async Task<Broker> ConnectAsync(string uri)
    {
        Assert.True(RabbitMqEndpoint.TryParse(uri, out var endpoint, out var error), error);
        var factory = new ConnectionFactory
        {
            HostName = endpoint!.Host,
            Port = endpoint.Port,
            VirtualHost = endpoint.VirtualHost,
            UserName = endpoint.Username,
            Password = endpoint.Password,
        };
        return new Broker(await factory.CreateConnectionAsync());
    }

    /// <summary>Declares the queue as given on a fresh channel: succeeds only when it exists with exactly these arguments (else 406).</summary>
    public async Task<ushort?> RedeclareAsync(string queue, IDictionary<string, object?> arguments)
    {
        await using var channel = await _connection.CreateChannelAsync();
        try
        {
            await channel.QueueDeclarePassiveAsync(queue);
            await channel.QueueDeclareAsync(queue, durable: true, exclusive: false, autoDelete: false, arguments);
            return null;
        }
        catch (RabbitMQ.Client.Exceptions.OperationInterruptedException e)
        {
            return e.ShutdownReason?.ReplyCode;
        }
    }

    public async Task DeleteAsync(IEnumerable<string> names)
    {
        await using var channel = await _connection.CreateChannelAsync();
        foreach (var name in names)
        {
            await channel.QueueDeleteAsync(name);
            await channel.ExchangeDeleteAsync(name);
        }
    }

    public async ValueTask DisposeAsync() => await _connection.DisposeAsync();
}
