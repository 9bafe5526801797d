using System.Collections.Concurrent;
using Kf.Coordination;
using Kf.Storage;
using Kf.Syncer.Pulling;
using Microsoft.Extensions.DependencyInjection;

namespace Kf.Syncer.Tests.RealServers;

/// <summary>
/// The syncer on RabbitMQ, Redis and MariaDB (scripts/servers.sh, or KF_TEST_*), a database per test.
/// Without the servers these fail with a message saying how to start them.
/// </summary>
public sealed class RealServerSyncerTests
{
    [Fact]
    public async Task Should_publish_each_msgid_once_and_never_move_the_cursor_back_when_two_syncers_pull_one_account__invariant_2()
    {
        await using var servers = await RealBackend.StartAsync();
        await using var sim = await Sim.StartAsync();
        var settings = new Dictionary<string, string?> { ["Syncer:BatchLimit"] = "5" };
        await using var a = await SyncerHost.StartAsync(sim, servers.Backend, settings);
        await using var b = await SyncerHost.StartAsync(sim, servers.Backend, settings);
        a.RelayCallbacks();
        var seen = new ConcurrentQueue<SyncCursor>();
        using var stop = new CancellationTokenSource();
        var watcher = WatchCursorAsync(a, seen, stop.Token);

        var history = await sim.HistoryAsync("wmHistory", 30, ageHours: 0);
        var pulls = Enumerable.Range(0, 10).SelectMany(_ => new[] { a.PullAsync(), b.PullAsync() }).ToList();
        var said = await Task.WhenAll(Enumerable.Range(1, 10).Select(i => sim.SayAsync($"wmLive{i % 3}", $"live {i}")));
        await Task.WhenAll(pulls);
        var all = history.Concat(said).ToList();
        await a.Captured.WaitForAsync(all, "all 40 messages on RabbitMQ");
        await Eventually.WaitAsync(() => a.Captured.CallbacksConsumed + b.Captured.CallbacksConsumed >= sim.Relay.Relayed && sim.Relay.Relayed >= 10, "every callback consumed by one of the two syncers");
        await stop.CancelAsync();
        await watcher;

        Assert.Equal(all.Order(), a.Captured.MessageIds.Order());
        Assert.Equal(40, (await a.LogAsync()).Count);
        var observed = seen.ToList();
        Assert.NotEmpty(observed);
        for (var i = 1; i < observed.Count; i++)
        {
            Assert.True(observed[i].Fence >= observed[i - 1].Fence, $"fence went from {observed[i - 1].Fence} to {observed[i].Fence}");
            Assert.True(await sim.CountAfterAsync(observed[i].Cursor) <= await sim.CountAfterAsync(observed[i - 1].Cursor), $"cursor {i} is behind cursor {i - 1}");
        }
    }

    [Fact]
    public async Task Should_publish_the_message_after_the_pending_claim_lapses_when_a_syncer_died_between_claim_and_publish__invariant_3()
    {
        await using var servers = await RealBackend.StartAsync();
        await using var sim = await Sim.StartAsync();
        await using var host = await SyncerHost.StartAsync(sim, servers.Backend);
        sim.Relay.OnNotice = _ => Task.CompletedTask;
        var msgid = await sim.SayAsync("wmAlice", "还在吗");
        // The dead syncer: claimed, never published, never confirmed.
        var claims = host.Services.GetRequiredService<IMessageClaims>();
        Assert.True((await claims.TryClaimPendingAsync(msgid, TimeSpan.FromSeconds(2))).IsClaimed);

        Assert.Equal(PullOutcome.Blocked, await host.PullAsync());
        Assert.Null(await host.CursorAsync());
        Assert.Null(await host.Services.GetRequiredService<IMessageLog>().FindAsync(msgid));

        await Eventually.WaitAsync(() => host.PullAsync(), outcome => outcome == PullOutcome.Drained, "a pull after the pending claim lapsed");
        await host.Captured.WaitForAsync([msgid], "the message on RabbitMQ");
        Assert.Equal([msgid], host.Captured.MessageIds);
        Assert.Equal(ClaimStatus.Confirmed, (await claims.TryClaimPendingAsync(msgid, TimeSpan.FromSeconds(1))).Status);
        Assert.NotNull(await host.CursorAsync());
    }

    [Fact]
    public async Task Should_publish_each_message_once_in_its_customers_order_when_a_page_of_300_goes_over_RabbitMQ__invariant_4()
    {
        await using var servers = await RealBackend.StartAsync();
        await using var sim = await Sim.StartAsync();
        await using var host = await SyncerHost.StartAsync(sim, servers.Backend, services: PageScenario.AddLogProbe);
        sim.Relay.OnNotice = _ => Task.CompletedTask;
        var sent = await PageScenario.SayRoundsAsync(sim, customers: 30, rounds: 10);

        Assert.Equal(PullOutcome.Drained, await host.PullAsync());

        await PageScenario.AssertPublishedOnceInOrderAsync(host, sent);
    }

    private static async Task WatchCursorAsync(SyncerHost host, ConcurrentQueue<SyncCursor> seen, CancellationToken stop)
    {
        // One last reading after the stop, so the final cursor is always among the observations.
        var stopped = false;
        while (!stopped)
        {
            stopped = stop.IsCancellationRequested;
            if (await host.CursorAsync() is { } cursor && (seen.IsEmpty || seen.Last() != cursor))
            {
                seen.Enqueue(cursor);
            }

            await Task.Delay(5, CancellationToken.None);
        }
    }
}
