using Kf.Responder;
using Kf.Storage.Conversations;

namespace Kf.AllInOne.Tests;

/// <summary>The sandbox out of the box: no account, no model, one process.</summary>
public sealed class SandboxTests
{
    [Fact]
    public async Task Should_reply_once_with_how_to_configure_a_model_when_a_customer_writes_in_the_sandbox_without_a_model()
    {
        await using var host = await AllInOneHost.StartAsync();

        // The whole pipeline: simulator push → ingress → syncer → responder → sender → simulator.
        var msgId = await host.SayAsync("wmSandbox01", "你好");
        var sent = await host.SettledRepliesAsync("wmSandbox01", 1);

        var reply = Assert.Single(sent)!;
        Assert.Equal(new ResponderOptions().NoModelReply, (string?)reply["content"]);
        var plan = await host.PublishedPlanAsync(msgId);
        Assert.Equal(AnswerOutcome.NoModel, plan.Outcome);
        Assert.Equal((string?)reply["msgid"], Assert.Single(plan.Parts).SendMsgId);
        Assert.Equal(1, await host.SendMsgCallsAsync());
    }
}
