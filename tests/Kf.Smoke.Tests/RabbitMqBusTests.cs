using System.Threading.Channels;
using Kf.Testing;
using MassTransit;

namespace Kf.Smoke.Tests;

public sealed class RabbitMqBusTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task Should_deliver_a_published_message_to_its_consumer_when_publisher_confirms_are_on()
    {
        var broker = await TestServers.RequireRabbitMqAsync();
        var received = Channel.CreateUnbounded<SmokePinged>();
        var bus = Bus.Factory.CreateUsingRabbitMq(cfg =>
        {
            cfg.Host(broker, host => host.PublisherConfirmation = true);
            // A queue of its own that disappears with the bus: runs never see each other's messages.
            cfg.ReceiveEndpoint($"kf-smoke-{Guid.NewGuid():N}", endpoint =>
            {
                endpoint.AutoDelete = true;
                endpoint.Durable = false;
                endpoint.Consumer(() => new SmokePingedConsumer(received.Writer));
            });
        });

        using var timeout = new CancellationTokenSource(Patience);
        await bus.StartAsync(timeout.Token);
        try
        {
            var sent = new SmokePinged(Guid.NewGuid(), "你好 👋");
            await bus.Publish(sent, timeout.Token);

            // Concurrent runs share the message type's exchange, so their pings reach us too.
            var got = await received.Reader.ReadAsync(timeout.Token);
            while (got.Id != sent.Id)
            {
                got = await received.Reader.ReadAsync(timeout.Token);
            }

            Assert.Equal(sent, got);
        }
        finally
        {
            using var stopping = new CancellationTokenSource(Patience);
            await bus.StopAsync(stopping.Token);
        }
    }
}
