using Kf.Sender.Redelivery;
using Kf.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace Kf.Sender.Tests.RealBroker;

// The sender on real RabbitMQ (stock, no delayed-exchange plugin), Redis and MariaDB, with an input
// queue of its own per test so that runs sharing the broker never meet; its queues are deleted after.
public sealed class ParkingQueueTests(MySqlTestDatabase database) : IClassFixture<MySqlTestDatabase>
{
    [Fact]
    public async Task Should_deliver_once_through_ttl_parking_queues_that_dead_letter_back_when_95001_is_answered_twice()
    {
        await using var run = await RunAsync(maxAttempts: 5);
        var (customer, msgId) = await run.Sim.CustomerWritesAsync();
        var part = run.Sim.Part(customer, msgId, 1);
        await run.Sim.FaultAsync(new { kind = "send_errcode", errcode = 95001, count = 2 });

        await run.Host.PublishAsync(part);
        var row = await run.Host.FinalAsync(part);

        Assert.Equal(DeliveryStatus.Delivered, row.Status);
        Assert.Equal(3, row.Attempts);
        Assert.Single(await run.Sim.SentAsync(customer));
        var queues = run.Host.Services.GetRequiredService<ParkingQueues>();
        Assert.Equal([$"{run.Queue}-delay-200ms", $"{run.Queue}-delay-500ms"], queues.All.Select(q => q.Name));
        foreach (var (name, ttl) in queues.All)
        {
            var expected = new Dictionary<string, object?> { ["x-message-ttl"] = (long)ttl.TotalMilliseconds, ["x-dead-letter-exchange"] = run.Queue };
            Assert.Null(await run.Broker.RedeclareAsync(name, expected));
            // The broker refuses a different TTL: the queue really carries these arguments.
            Assert.Equal((ushort)406, await run.Broker.RedeclareAsync(name, new Dictionary<string, object?>(expected) { ["x-message-ttl"] = 12_345L }));
        }
    }

    [Fact]
    public async Task Should_record_failed_and_publish_it_when_attempts_are_exhausted_on_the_broker()
    {
        await using var run = await RunAsync(maxAttempts: 3);
        var (customer, msgId) = await run.Sim.CustomerWritesAsync();
        var part = run.Sim.Part(customer, msgId, 1);
        await run.Sim.FaultAsync(new { kind = "send_errcode", errcode = 95001, count = 10 });

        await run.Host.PublishAsync(part);
        var row = await run.Host.FinalAsync(part);

        Assert.Equal(DeliveryStatus.Failed, row.Status);
        Assert.Equal(95001, row.ErrCode);
        Assert.Equal(3, row.Attempts);
        Assert.Empty(await run.Sim.SentAsync(customer));
        var failed = await Eventually.WaitAsync(() => Task.FromResult(run.Host.Outcomes.Failed.ToList()), f => f.Count == 1, "KfMessageFailed on RabbitMQ");
        Assert.Equal(part.SendMsgId, failed[0].SendMsgId);
        Assert.Equal(3, failed[0].Attempts);
    }

    private async Task<Run> RunAsync(int maxAttempts)
    {
        var rabbitMq = (await TestServers.RequireRabbitMqAsync()).ToString();
        var redis = await TestServers.RequireRedisAsync();
        var queue = $"sender-t-{Guid.NewGuid():N}"[..21];
        var sim = await Sim.StartAsync();
        var broker = await Broker.ConnectAsync(rabbitMq);
        var host = await SenderHost.StartAsync(sim, Backends.Real(rabbitMq, redis, database.Connections.ConnectionString), new Dictionary<string, string?>
        {
            ["Sender:Queue"] = queue,
            ["Sender:MaxAttempts"] = maxAttempts.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Sender:RetryDelays:0"] = "00:00:00.200",
            ["Sender:RetryDelays:1"] = "00:00:00.500",
        });
        return new Run(sim, host, broker, queue);
    }

    private sealed record Run(Sim Sim, SenderHost Host, Broker Broker, string Queue) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            var names = Host.Services.GetRequiredService<ParkingQueues>().All.Select(q => q.Name).Append(Queue).ToList();
            await Host.DisposeAsync();
            await Broker.DeleteAsync(names);
            await Broker.DisposeAsync();
            await Sim.DisposeAsync();
        }
    }
}
