using Kf.Contracts;
using Xunit.Abstractions;

namespace Kf.EndToEnd.Tests;

[Collection(EndToEndCollection.Name)]
public sealed class SendRetryTests(ITestOutputHelper output)
{
    [Fact]
    public async Task Should_deliver_the_reply_once_after_delayed_redelivery_when_send_msg_answers_95001_three_times__invariants_2_once_and_6_rules()
    {
        await using var pipeline = await Pipeline.StartAsync(output);
        await pipeline.Sim.FaultAsync(new { kind = "send_errcode", errcode = 95001, count = 3 });

        var msgid = await pipeline.Sim.SayAsync("wmDave", "发票怎么开？");

        await pipeline.WaitForSentAsync(1, "the reply after three refusals");
        await pipeline.Intake.WaitDrainedAsync("sender", seconds: 30);
        await Intake.SettleAsync();
        var reply = Assert.Single(await pipeline.Sim.SentAsync());
        Assert.Equal(new SentMessage(SendKfMessage.CreateSendMsgId(msgid, 1), "wmDave", "答：发票怎么开？"), reply);
        // The three refusals reached send_msg: the reply came through redelivery, not around the fault.
        var sends = (await pipeline.Sim.StatsAsync())["sends_by_errcode"]!;
        Assert.Equal(3, (int?)sends["95001"]);
    }
}
