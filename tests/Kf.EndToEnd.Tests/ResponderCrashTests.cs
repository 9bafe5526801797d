using Kf.Contracts;
using Xunit.Abstractions;

namespace Kf.EndToEnd.Tests;

[Collection(EndToEndCollection.Name)]
public sealed class ResponderCrashTests(ITestOutputHelper output)
{
    private const string Customer = "wmCarol";
    private const string Question = "我的订单到哪了？";

    [Fact]
    public async Task Should_answer_once_from_the_stored_plan_without_asking_the_model_again_when_the_responder_is_killed_after_storing_and_before_publishing__invariant_2_once()
    {
        await using var pipeline = await Pipeline.StartAsync(output, responders: 0, responderSettings: new Dictionary<string, string>
        {
            // The restarted responder waits for the killed one's lease on the customer to lapse; the lease
            // must outlast the model timeout (validated), so both are shorter than the suite's default.
            ["Llm__TimeoutSeconds"] = "15",
            ["Responder__LeaseTtl"] = "00:00:16",
        });
        // The first responder reaches the broker only through the proxy: paused, the message it consumed stays
        // unacknowledged and nothing it publishes gets through, while its connection still looks alive.
        var (proxy, throughProxy) = pipeline.Intake.ProxyBroker();
        var responder = await pipeline.StartResponderAsync("responder-1", throughProxy);
        var model = pipeline.OpenAi!;
        var answer = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        model.Hold = answer.Task;

        var msgid = await pipeline.Sim.SayAsync(Customer, Question);
        await Eventually.WaitAsync(() => !model.Requests.IsEmpty, "the responder asks the model", seconds: 60);
        proxy.Pause();
        answer.SetResult();

        // The window under test: the plan is stored with the model's answer, and the publish that follows is
        // on its way but held by the pause, so it cannot complete.
        await Eventually.WaitAsync(() => pipeline.PlanAsync(msgid), plan => plan is not null, "the plan stored while the broker is paused");
        await Eventually.WaitAsync(() => proxy.HeldBytes > 0, "the responder's publish held by the paused proxy");
        var stored = (await pipeline.PlanAsync(msgid))!.Value;
        output.WriteLine($"at the kill: plan {stored.Outcome}, published {stored.Published}, parts {string.Join(", ", stored.SendMsgIds)}, {proxy.HeldBytes} bytes held");
        Assert.Equal(("Answered", false), (stored.Outcome, stored.Published));
        Assert.Equal([SendKfMessage.CreateSendMsgId(msgid, 1)], stored.SendMsgIds);
        responder.Kill();
        // Only now does the broker see the connection go, and requeue the message the dead responder held.
        proxy.Cut();
        Assert.Empty(await pipeline.Sim.SentAsync());

        model.Hold = null;
        await pipeline.StartResponderAsync("responder-1");

        await pipeline.WaitForSentAsync(1, "the reply after the restart");
        // Every copy of the customer message and of the send command handled, then a moment for a doubled part.
        await pipeline.Intake.WaitDrainedAsync("customer-message-received", seconds: 60);
        await pipeline.Intake.WaitDrainedAsync("sender", seconds: 30);
        await Intake.SettleAsync();
        var reply = Assert.Single(await pipeline.Sim.SentAsync());
        Assert.Equal(new SentMessage(stored.SendMsgIds[0], Customer, "答：" + Question), reply);
        Assert.Equal([(stored.SendMsgIds[0], "Delivered", 1)], await pipeline.DeliveriesAsync(msgid));
        // The stored plan was replayed, not planned again.
        Assert.Single(model.Requests);
        var final = await pipeline.PlanAsync(msgid);
        Assert.Equal(("Answered", true), (final!.Value.Outcome, final.Value.Published));
        Assert.Equal(stored.SendMsgIds, final.Value.SendMsgIds);
    }
}
