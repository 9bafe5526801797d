using Xunit.Abstractions;

namespace Kf.EndToEnd.Tests;

[Collection(EndToEndCollection.Name)]
public sealed class SafetyPollTests(ITestOutputHelper output)
{
    [Theory]
    [InlineData("callback_drop", "dropped")]
    [InlineData("callback_suspend", "suspended")]
    public async Task Should_publish_every_message_once_through_the_safety_poll_when_callbacks_never_arrive__invariant_3_nothing_lost(string fault, string stat)
    {
        await using var intake = await Intake.StartAsync(output);
        intake.SyncerSettings["Syncer__SafetyPollInterval"] = "00:00:02";
        await intake.StartSyncerAsync();
        await intake.Sim.FaultAsync(fault == "callback_drop" ? new { kind = fault, count = 5 } : new { kind = fault, seconds = 120 });

        var msgids = new List<string>();
        for (var i = 1; i <= 5; i++)
        {
            msgids.Add(await intake.Sim.SayAsync("wmQuiet", $"没有回调的消息 {i}"));
        }

        await intake.Captured.WaitForAsync(msgids, "all 5 messages on the bus without a callback");
        await Intake.SettleAsync();
        Assert.Equal(msgids.Order(), intake.Captured.MessageIds.Order());
        Assert.Equal(5, (int)(await intake.Sim.CallbackStatsAsync())[stat]!);
        // Nothing reached the ingress: the poll alone found them.
        Assert.Empty(intake.Tap.Forwarded);
        Assert.Equal(0, intake.Captured.Callbacks);
    }
}
