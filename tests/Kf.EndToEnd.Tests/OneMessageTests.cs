using System.Net;
using Xunit.Abstractions;

namespace Kf.EndToEnd.Tests;

[Collection(EndToEndCollection.Name)]
public sealed class OneMessageTests(ITestOutputHelper output)
{
    [Fact]
    public async Task Should_publish_exactly_one_CustomerMessageReceived_when_a_customer_writes_once__invariant_1_fast_ack_and_2_once()
    {
        await using var intake = await Intake.StartAsync(output);
        await intake.StartSyncerAsync();

        var msgid = await intake.Sim.SayAsync("wmAlice", "你好，在吗？");

        await intake.Captured.WaitForAsync([msgid], "the message on the bus");
        await Intake.SettleAsync();
        Assert.Equal([msgid], intake.Captured.MessageIds);
        Assert.Equal("Published", (await intake.MessageLogAsync())[msgid]);
        var forwarded = Assert.Single(intake.Tap.Forwarded);
        Assert.Equal(HttpStatusCode.OK, forwarded.Status);
        // WeChat's limit, not a performance target.
        Assert.True(forwarded.Took < TimeSpan.FromSeconds(5), $"ingress answered after {forwarded.Took}");
        var callbacks = await intake.Sim.CallbackStatsAsync();
        Assert.Equal(1, (int)callbacks["pushed"]!);
        Assert.Equal(1, (int)callbacks["delivered"]!);
        Assert.Equal(1, intake.Captured.Callbacks);
    }
}
