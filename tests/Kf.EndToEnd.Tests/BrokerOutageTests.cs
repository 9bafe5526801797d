using System.Net;
using Xunit.Abstractions;

namespace Kf.EndToEnd.Tests;

[Collection(EndToEndCollection.Name)]
public sealed class BrokerOutageTests(ITestOutputHelper output)
{
    // WeChat's limit on an answer: a protocol bound, not a performance target.
    private static readonly TimeSpan WeChatPatience = TimeSpan.FromSeconds(5);

    [Fact]
    public async Task Should_answer_non_200_within_5_seconds_while_the_broker_is_gone_and_recover_by_itself_when_it_returns__invariant_1_fast_ack()
    {
        // The shared RabbitMQ stays up for other suites; only the ingress's way to it is cut.
        await using var intake = await Intake.StartAsync(output, brokerProxy: true);
        await intake.StartSyncerAsync();
        var before = await intake.Sim.SayAsync("wmEve", "断线之前");
        await intake.Captured.WaitForAsync([before], "a message through the proxy before the cut");
        await Eventually.WaitAsync(() => intake.Captured.Callbacks == 1, "the ingress's CallbackReceived on the bus");

        intake.BrokerProxy!.Cut();
        var during = await intake.Sim.SayAsync("wmEve", "断线期间");
        await Eventually.WaitAsync(async () => (int)(await intake.Sim.CallbackStatsAsync())["failed"]!, n => n == 1, "the simulator gives up after 3 tries");

        var tries = intake.Tap.Forwarded.Skip(1).ToList();
        Assert.Equal(3, tries.Count);
        Assert.All(tries, t => Assert.NotEqual(HttpStatusCode.OK, t.Status));
        Assert.All(tries, t => Assert.True(t.Took < WeChatPatience, $"answered after {t.Took}"));
        // It published nothing while cut, and said so: every answer was a non-200 for WeChat to retry.
        Assert.Equal(1, intake.Captured.Callbacks);

        intake.BrokerProxy.Restore();
        // WeChat would retry later; the test does, with the very same signed callback.
        ForwardedCallback retried;
        try
        {
            retried = await Eventually.WaitAsync(() => intake.Tap.RepostAsync(tries[^1]), t => t.Status == HttpStatusCode.OK, "a 200 after the broker returned", seconds: 60);
        }
        catch (TimeoutException e)
        {
            // Tells a proxy that let nothing through from an ingress that never tried again.
            throw new TimeoutException($"{e.Message[..200]}… Proxy: {intake.BrokerProxy.Connections} connections through, {intake.BrokerProxy.Refused} refused while cut.", e);
        }

        // The ingress's own proof of recovery: its CallbackReceived on the bus again. The message follows
        // through a syncer (its pull, or the safety poll when another run's syncer took the callback).
        await Eventually.WaitAsync(() => intake.Captured.Callbacks >= 2, "a CallbackReceived published after the broker returned");
        await intake.Captured.WaitForAsync([during], "the message sent during the cut on the bus");
        await Intake.SettleAsync();
        Assert.Equal([before, during], intake.Captured.MessageIds);
        Assert.True(retried.Took < WeChatPatience, $"answered after {retried.Took}");
    }
}
