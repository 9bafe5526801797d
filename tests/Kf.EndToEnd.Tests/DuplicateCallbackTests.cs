using System.Net;
using Xunit.Abstractions;

namespace Kf.EndToEnd.Tests;

[Collection(EndToEndCollection.Name)]
public sealed class DuplicateCallbackTests(ITestOutputHelper output)
{
    [Fact]
    public async Task Should_publish_each_msgid_once_when_callback_delivered_three_times__invariant_2_once()
    {
        await using var intake = await Intake.StartAsync(output);
        await intake.StartSyncerAsync();
        // The ingress takes each try, but WeChat never sees the 200: it sends the same signed callback again.
        intake.Tap.LoseAcks(2);

        var msgid = await intake.Sim.SayAsync("wmBob", "第一条消息");

        await Eventually.WaitAsync(() => intake.Captured.Callbacks == 3, "three CallbackReceived from the three tries");
        await intake.Captured.WaitForAsync([msgid], "the message on the bus");
        await Intake.SettleAsync();
        Assert.Equal([msgid], intake.Captured.MessageIds);
        var tries = intake.Tap.Forwarded.ToList();
        Assert.Equal(3, tries.Count);
        Assert.All(tries, t => Assert.Equal(HttpStatusCode.OK, t.Status));
        Assert.Single(tries.Select(t => t.Body).Distinct());
        var callbacks = await intake.Sim.CallbackStatsAsync();
        Assert.Equal(1, (int)callbacks["pushed"]!);
        Assert.Equal(3, (int)callbacks["attempts"]!);
        Assert.Equal(1, (int)callbacks["delivered"]!);
    }

    [Fact]
    public async Task Should_publish_each_msgid_once_when_twenty_customers_write_at_once_to_one_account__invariant_2_once()
    {
        await using var intake = await Intake.StartAsync(output);
        await intake.StartSyncerAsync();

        var msgids = await Task.WhenAll(Enumerable.Range(1, 20).Select(i => intake.Sim.SayAsync($"wmCrowd{i}", $"同时发送 {i}")));

        await intake.Captured.WaitForAsync(msgids, "all 20 messages on the bus");
        await Eventually.WaitAsync(async () => (int)(await intake.Sim.CallbackStatsAsync())["delivered"]!, n => n == 20, "20 callbacks acknowledged");
        await Intake.SettleAsync();
        Assert.Equal(msgids.Order(), intake.Captured.MessageIds.Order());
        Assert.Equal(20, intake.Captured.Callbacks);
        Assert.All(await intake.MessageLogAsync(), entry => Assert.Equal("Published", entry.Value));
    }
}
