using Xunit.Abstractions;

namespace Kf.EndToEnd.Tests;

[Collection(EndToEndCollection.Name)]
public sealed class ColdStartTests(ITestOutputHelper output)
{
    [Fact]
    public async Task Should_record_three_days_of_history_as_stale_and_publish_none_of_it_when_the_syncer_starts_without_a_cursor__invariant_7_stale_is_not_new()
    {
        await using var intake = await Intake.StartAsync(output);
        var history = new List<string>();
        foreach (var ageHours in new[] { 71, 48, 24, 1 })
        {
            history.AddRange(await intake.Sim.HistoryAsync($"wmOld{ageHours}", 10, ageHours));
        }

        // The start's safety poll is the cold start: no cursor in this test's database.
        await intake.StartSyncerAsync();
        var live = await intake.Sim.SayAsync("wmNow", "现在的消息");

        await intake.Captured.WaitForAsync([live], "the live message on the bus");
        // The syncer records a message after its publish is confirmed, so the live row can trail
        // the bus by a moment: wait for it as well as for the 40 old ones.
        var log = await Eventually.WaitAsync(
            intake.MessageLogAsync, l => history.All(l.ContainsKey) && l.ContainsKey(live), "all 40 old messages and the live one in message_log");
        await Intake.SettleAsync();
        Assert.Equal([live], intake.Captured.MessageIds);
        Assert.All(history, msgid => Assert.Equal("Stale", log[msgid]));
        Assert.Equal("Published", log[live]);
    }
}
