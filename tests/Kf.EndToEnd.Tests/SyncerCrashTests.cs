using Xunit.Abstractions;

namespace Kf.EndToEnd.Tests;

[Collection(EndToEndCollection.Name)]
public sealed class SyncerCrashTests(ITestOutputHelper output)
{
    [Fact]
    public async Task Should_lose_nothing_and_double_at_most_the_message_in_flight_when_the_syncer_is_killed_mid_batch_and_restarted__invariant_3_nothing_lost()
    {
        await using var intake = await Intake.StartAsync(output);
        intake.SyncerSettings["Syncer__BatchLimit"] = "10";
        intake.SyncerSettings["Syncer__SafetyPollInterval"] = "00:00:02";
        var seeded = await intake.Sim.HistoryAsync("wmBacklog", 300, ageHours: 0);
        // Slow pages stretch the 30-page backlog over seconds, so the kill lands inside it.
        await intake.Sim.FaultAsync(new { kind = "latency", api = "sync_msg", ms = 200 });
        var first = await intake.StartSyncerAsync();

        await Eventually.WaitAsync(() => intake.Captured.MessageIds.Count >= 10, "the first messages of the backlog on the bus");
        first.Kill();
        var beforeKill = intake.Captured.MessageIds.Count;
        Assert.True(beforeKill < seeded.Count, $"the kill came after the whole backlog ({beforeKill} published): nothing was mid-batch");
        await intake.Sim.ClearFaultsAsync();
        await intake.StartSyncerAsync();

        await intake.Captured.WaitForAsync(seeded, "all 300 messages on the bus after the restart", seconds: 90);
        await Intake.SettleAsync();
        Assert.Equal(seeded.Order(), intake.Captured.MessageIds.Distinct().Order());
        // The syncer handles one message at a time: only the one whose publish the broker confirmed
        // but whose claim the killed process never confirmed can go out twice (services/syncer/README.md,
        // step 4). Downstream is the guard for it: it dedups on msgid, and the message log keeps one row.
        var duplicates = intake.Captured.Duplicates();
        Assert.True(duplicates.Count <= 1 && duplicates.Values.All(n => n == 2), $"doubled: {string.Join(", ", duplicates)}");
        var log = await intake.MessageLogAsync();
        Assert.Equal(seeded.Order(), log.Keys.Order());
        Assert.All(log.Values, disposition => Assert.Equal("Published", disposition));
    }
}
