using Kf.Contracts;
using Xunit.Abstractions;

namespace Kf.EndToEnd.Tests;

[Collection(EndToEndCollection.Name)]
public sealed class HumanTakeoverTests(ITestOutputHelper output)
{
    [Fact]
    public async Task Should_send_nothing_more_when_a_human_takes_the_session__invariant_5_humans_first()
    {
        await using var pipeline = await Pipeline.StartAsync(output);
        var first = await pipeline.Sim.SayAsync("wmFrank", "我要投诉");
        await pipeline.WaitForSentAsync(1, "the bot's reply before the hand-over");

        await pipeline.Sim.SessionStateAsync("wmFrank", 3, "servicer_zhang");
        var second = await pipeline.Sim.SayAsync("wmFrank", "人呢？");

        // Proof the responder got to the second message and decided, so the silence below means something.
        var plan = await Eventually.WaitAsync(() => pipeline.PlanAsync(second), p => p is not null, "a plan for the message after the hand-over");
        await pipeline.Intake.WaitDrainedAsync("sender", seconds: 30);
        await Intake.SettleAsync();
        Assert.Equal("HumanHolds", plan!.Value.Outcome);
        var sent = Assert.Single(await pipeline.Sim.SentAsync());
        Assert.Equal(SendKfMessage.CreateSendMsgId(first, 1), sent.MsgId);
    }
}
