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
        // No safety poll during the test: the message must come through the ingress.
        intake.SyncerSettings["Syncer__SafetyPollInterval"] = "01:00:00";
        await intake.StartSyncerAsync();
        var before = await intake.Sim.SayAsync("wmEve", "断线之前");
        await intake.Captured.WaitForAsync([before], "a message through the proxy before the cut");
        // Let the pull its callback started finish, or it would find the next message without the ingress.
        await Eventually.WaitAsync(() => intake.Captured.Callbacks == 1, "the ingress's CallbackReceived on the bus");
        await Intake.SettleAsync();

        intake.BrokerProxy!.Cut();
        var during = await intake.Sim.SayAsync("wmEve", "断线期间");
        await Eventually.WaitAsync(async () => (int)(await intake.Sim.CallbackStatsAsync())["failed"]!, n => n == 1, "the simulator gives up after 3 tries");

        var tries = intake.Tap.Forwarded.Skip(1).ToList();
        Assert.Equal(3, tries.Count);
        Assert.All(tries, t => Assert.NotEqual(HttpStatusCode.OK, t.Status));
        Assert.All(tries, t => Assert.True(t.Took < WeChatPatience, $"answered after {t.Took}"));
        Assert.Equal(1, intake.Captured.Callbacks);
        Assert.DoesNotContain(during, intake.Captured.MessageIds);

        intake.BrokerProxy.Restore();
        // WeChat would retry later; the test does, with the very same signed callback.
        var retried = await Eventually.WaitAsync(() => intake.Tap.RepostAsync(tries[^1]), t => t.Status == HttpStatusCode.OK, "a 200 after the broker returned", seconds: 90);
        await intake.Captured.WaitForAsync([during], "the message sent during the cut on the bus");
        await Intake.SettleAsync();
        Assert.Equal([before, during], intake.Captured.MessageIds);
        Assert.True(retried.Took < WeChatPatience, $"answered after {retried.Took}");
    }
}
