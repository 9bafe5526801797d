using Kf.Syncer.Pulling;
using MassTransit;

namespace Kf.Syncer.Tests;

/// <summary>A whole sync_msg page handled at once (embedded stand-ins, real SQLite stores).</summary>
public sealed class PageTests
{
    [Fact]
    public async Task Should_publish_each_message_once_in_its_customers_order_when_a_page_holds_500_from_50_customers__invariant_4()
    {
        await using var kf = await EmbeddedSyncer.StartAsync(services: PageScenario.AddLogProbe);
        kf.Sim.Relay.OnNotice = _ => Task.CompletedTask;
        var sent = await PageScenario.SayRoundsAsync(kf.Sim, customers: 50, rounds: 10);

        Assert.Equal(PullOutcome.Drained, await kf.Host.PullAsync());

        await PageScenario.AssertPublishedOnceInOrderAsync(kf.Host, sent);
        Assert.Equal(1, await kf.Sim.SyncCallsAsync());
    }

    [Fact]
    public async Task Should_keep_the_cursor_and_publish_the_rest_once_on_retry_when_a_publish_fails_mid_page__invariant_3()
    {
        var faults = new PublishFaults();
        await using var kf = await EmbeddedSyncer.StartAsync(services: s => s.AddPublishObserver(_ => faults));
        kf.Sim.Relay.OnNotice = _ => Task.CompletedTask;
        var first = await kf.Sim.SayAsync("wmFirst", "先来");
        Assert.Equal(PullOutcome.Drained, await kf.Host.PullAsync());
        var cursor = await kf.Host.CursorAsync();
        var sent = await PageScenario.SayRoundsAsync(kf.Sim, customers: 8, rounds: 5);
        // The third message of one customer: its wave has neighbours that succeed, later waves exist.
        var failing = sent["wmCustomer3"][2];
        faults.FailOnce(failing);

        await Assert.ThrowsAnyAsync<Exception>(() => kf.Host.PullAsync());

        Assert.Equal(cursor, await kf.Host.CursorAsync());
        var logged = (await kf.Host.LogAsync()).Select(e => e.MsgId).Where(id => id != first).ToHashSet();
        Assert.DoesNotContain(failing, logged);
        Assert.DoesNotContain(sent["wmCustomer3"][3], logged);
        Assert.NotEmpty(logged);
        await kf.Captured.WaitForAsync(logged, "what the failed pull recorded");

        Assert.Equal(PullOutcome.Drained, await kf.Host.PullAsync());

        sent["wmFirst"] = [first];
        await PageScenario.AssertPublishedOnceInOrderAsync(kf.Host, sent);
        Assert.NotEqual(cursor, await kf.Host.CursorAsync());
    }
}
