using System.Diagnostics;
using System.Net;
using Kf.Ingress.Tests.Support;
using Kf.Testing;

namespace Kf.Ingress.Tests.RealBroker;

// The ingress on real RabbitMQ (KF_TEST_RABBITMQ; scripts/servers.sh starts one). Unreachable means
// a failed test saying how to start it, never a skip.
public sealed class IngressRabbitMqTests : IAsyncLifetime
{
    // A bound on waiting for delivery, not a timing assertion: a healthy run takes milliseconds.
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    public async Task InitializeAsync() => await TestServers.RequireRabbitMqAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Should_deliver_CallbackReceived_to_a_consumer_on_the_real_broker_when_a_valid_callback_is_acknowledged__invariant_1_fast_ack()
    {
        await using var probe = await ProbeHost.StartAsync(TestServers.RabbitMq);
        using var ingress = new IngressFactory(RabbitMqSettings(TestServers.RabbitMq), harness: false);
        var client = ingress.CreateClient();
        var openKfId = $"wk-ingress-{Guid.NewGuid():N}";
        var received = probe.Probe.WaitFor(openKfId);

        var response = await client.SendAsync(WeChatRequests.Post(WeChatRequests.KfNotice(openKfId, "ENCsyncToken42")));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var message = await received.WaitAsync(Patience);
        Assert.Equal("ENCsyncToken42", message.SyncToken);
        Assert.Equal(VectorB.CorpId, message.CorpId);
    }

    [Fact]
    public async Task Should_answer_503_within_WeChats_5_seconds_when_the_broker_is_unreachable__invariant_1_failed_handoff_is_retried()
    {
        var closed = $"amqp://guest:guest@127.0.0.1:{LoopbackPorts.Closed()}/";
        using var ingress = new IngressFactory(RabbitMqSettings(closed), harness: false);
        var client = ingress.CreateClient();

        var clock = Stopwatch.StartNew();
        var response = await client.SendAsync(WeChatRequests.Post(WeChatRequests.KfNotice("wk-down", "ENCsyncToken42")));
        clock.Stop();

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        // WeChat gives up on an answer after 5 s; a bound, not a performance target.
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"answered after {clock.Elapsed}");
    }

    private static Dictionary<string, string?> RabbitMqSettings(string rabbitMq) =>
        new(VectorB.Settings()) { ["Kf:Transport"] = "RabbitMq", ["ConnectionStrings:RabbitMq"] = rabbitMq };
}
