using Kf.Contracts;
using Xunit.Abstractions;

namespace Kf.EndToEnd.Tests;

[Collection(EndToEndCollection.Name)]
public sealed class ResponderCrashTests(ITestOutputHelper output)
{
    [Fact]
    public async Task Should_answer_once_when_the_responder_is_killed_right_after_the_model_answered_and_restarted__invariant_2_once()
    {
        await using var pipeline = await Pipeline.StartAsync(output, responderSettings: new Dictionary<string, string>
        {
            // The killed responder's lease on the customer lapses in seconds; it must outlast the model timeout.
            ["Llm__TimeoutSeconds"] = "5",
            ["Responder__LeaseTtl"] = "00:00:06",
        });
        var responder = pipeline.Responders["responder-1"];
        var answered = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var kills = 0;
        // Runs once the model's whole answer is on the wire to the responder: the responder holds the
        // answer and is killed before (or, racing, just after) it stores and publishes its plan.
        pipeline.OpenAi!.Answered = _ =>
        {
            if (Interlocked.Exchange(ref kills, 1) == 0)
            {
                responder.Kill();
                answered.SetResult();
            }
        };

        var msgid = await pipeline.Sim.SayAsync("wmCarol", "我的订单到哪了？");
        await answered.Task.WaitAsync(TimeSpan.FromSeconds(60));
        Assert.True(responder.HasExited, "the responder was not killed");
        var atKill = await pipeline.PlanAsync(msgid);
        output.WriteLine($"at the kill: plan {atKill?.ToString() ?? "not stored"}, {(await pipeline.Sim.SentAsync()).Count} sent");
        pipeline.OpenAi.Answered = null;
        await pipeline.StartResponderAsync("responder-1");

        await pipeline.WaitForSentAsync(1, "the reply after the restart");
        // Every copy of the customer message handled (the redelivered one included), then a moment for a doubled part.
        await pipeline.Intake.WaitDrainedAsync("customer-message-received", seconds: 60);
        await Intake.SettleAsync();
        var reply = Assert.Single(await pipeline.Sim.SentAsync());
        Assert.Equal(new SentMessage(SendKfMessage.CreateSendMsgId(msgid, 1), "wmCarol", "答：我的订单到哪了？"), reply);
        Assert.Equal(("Answered", true), await pipeline.PlanAsync(msgid) is { } plan ? (plan.Outcome, plan.Published) : default);
        // A plan stored before the kill is published as stored; only an answer lost with the process is asked for again.
        Assert.Equal(atKill is null ? 2 : 1, pipeline.OpenAi.Requests.Count);
    }
}
