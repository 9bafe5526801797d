namespace Kf.Responder.Tests.RealServers;

/// <summary>
/// Two responders on RabbitMQ, Redis and MariaDB (scripts/servers.sh, or KF_TEST_*), a database and a
/// queue of this test's own. Without the servers this fails with a message saying how to start them.
/// </summary>
public sealed class RealServerResponderTests
{
    [Fact]
    public async Task Should_answer_each_message_once_in_send_time_order_when_two_responders_share_one_customer__invariants_2_and_4()
    {
        var rabbitMq = await TestServers.RequireRabbitMqAsync();
        var redis = await TestServers.RequireRedisAsync();
        var database = new MySqlTestDatabase();
        await database.InitializeAsync();
        var backend = Backend.Real(rabbitMq.ToString(), redis, database.Connections.ConnectionString);
        try
        {
            await using var sim = await Sim.StartAsync();
            await using var model = await FakeOpenAi.StartAsync();
            await using var a = await ResponderHost.StartAsync(sim, backend, OpenAiScenario.OpenAiSettings(model));
            await using var b = await ResponderHost.StartAsync(sim, backend, OpenAiScenario.OpenAiSettings(model));
            await sim.SayAsync("wmNora", "开场");
            var start = DateTimeOffset.FromUnixTimeSeconds(DateTimeOffset.UtcNow.ToUnixTimeSeconds());
            var messages = Enumerable.Range(1, 10).Select(i => a.Text("wmNora", $"nora-{i:00}-{Guid.NewGuid():N}", $"问题{i}", start.AddSeconds(i))).ToList();
            foreach (var message in messages)
            {
                await a.RecordAsync(message);
            }

            // Every message twice, newest first, from both hosts at once: redelivery and duplicates across replicas.
            await Task.WhenAll(messages.AsEnumerable().Reverse().SelectMany(m => new[] { a.PublishAsync(m), b.PublishAsync(m) }));
            await Eventually.WaitAsync(() => a.Captured.Consumed + b.Captured.Consumed >= 20, "all twenty deliveries handled by one of the two responders");
            await a.Captured.WaitForSendsAsync(10, "ten replies");

            Assert.Equal(10, a.Captured.Sends.Count);
            Assert.Equal(10, model.Requests.Count);
            Assert.True(a.Captured.Consumed > 0 && b.Captured.Consumed > 0, $"both responders consumed ({a.Captured.Consumed}, {b.Captured.Consumed})");
            string? previous = null;
            foreach (var message in messages)
            {
                var send = Assert.Single(a.Captured.For(message.MsgId));
                Assert.Equal("答：" + message.Text, send.Text);
                Assert.Equal(previous, send.PreviousSendMsgId);
                previous = send.SendMsgId;
            }
        }
        finally
        {
            // After the hosts are disposed (the using block ends first): nothing is left on the broker.
            await RabbitQueues.DeleteAsync(rabbitMq, backend.Queue!);
            await database.DisposeAsync();
        }
    }
}
