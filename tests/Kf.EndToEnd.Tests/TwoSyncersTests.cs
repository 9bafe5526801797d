using System.Collections.Concurrent;
using Xunit.Abstractions;

namespace Kf.EndToEnd.Tests;

[Collection(EndToEndCollection.Name)]
public sealed class TwoSyncersTests(ITestOutputHelper output)
{
    [Fact]
    public async Task Should_publish_each_msgid_once_and_never_move_the_cursor_back_when_two_syncer_processes_pull_one_account__invariant_2_once_and_3()
    {
        await using var intake = await Intake.StartAsync(output);
        // Small pages: many cursor writes, so a holder that lost its lease has many chances to write a stale one.
        intake.SyncerSettings["Syncer__BatchLimit"] = "3";
        intake.SyncerSettings["Syncer__SafetyPollInterval"] = "00:00:01";
        await intake.StartSyncerAsync();
        await intake.StartSyncerAsync();
        var seen = new ConcurrentQueue<(string Cursor, long Fence, long Version)>();
        using var stop = new CancellationTokenSource();
        var watcher = WatchCursorAsync(intake, seen, stop.Token);
        // Slow pages keep pulls long, so the two processes contend for the lease instead of taking turns.
        await intake.Sim.FaultAsync(new { kind = "latency", api = "sync_msg", ms = 40 });

        var msgids = new List<string>();
        for (var round = 0; round < 5; round++)
        {
            msgids.AddRange(await Task.WhenAll(Enumerable.Range(1, 10).Select(i => intake.Sim.SayAsync($"wmRound{i % 4}", $"round {round} message {i}"))));
        }

        await intake.Captured.WaitForAsync(msgids, "all 50 messages on the bus");
        await Intake.SettleAsync();
        await stop.CancelAsync();
        await watcher;
        Assert.Equal(msgids.Order(), intake.Captured.MessageIds.Order());
        Assert.Equal(50, (await intake.MessageLogAsync()).Count);
        var observed = seen.ToList();
        Assert.True(observed.Count >= 2, $"the cursor was seen {observed.Count} times");
        for (var i = 1; i < observed.Count; i++)
        {
            Assert.True(observed[i].Fence >= observed[i - 1].Fence, $"fence went from {observed[i - 1].Fence} to {observed[i].Fence}");
            Assert.True(observed[i].Version > observed[i - 1].Version, $"version went from {observed[i - 1].Version} to {observed[i].Version}");
        }
    }

    private static async Task WatchCursorAsync(Intake intake, ConcurrentQueue<(string, long, long)> seen, CancellationToken stop)
    {
        // One reading after the stop, so the final cursor is always among the observations.
        for (var stopped = false; !stopped;)
        {
            stopped = stop.IsCancellationRequested;
            if (await intake.CursorAsync() is { } cursor && (seen.IsEmpty || seen.Last() != cursor))
            {
                seen.Enqueue(cursor);
            }

            await Task.Delay(10, CancellationToken.None);
        }
    }
}
