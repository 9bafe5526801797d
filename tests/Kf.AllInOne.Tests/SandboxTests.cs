using Kf.Responder;
using Kf.Storage.Conversations;
using Microsoft.Data.Sqlite;

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

    [Fact]
    public async Task Should_answer_again_when_the_sandbox_is_restarted_with_its_default_data_file()
    {
        var root = Directory.CreateTempSubdirectory("kf-allinone-restart-");
        try
        {
            var defaultFile = new Dictionary<string, string?> { ["ConnectionStrings:Sqlite"] = null };
            await using (var first = await AllInOneHost.StartAsync(defaultFile, root))
            {
                await first.SayAsync("wmRestart01", "第一次");
                await first.SettledRepliesAsync("wmRestart01", 1);
            }

            // A new process has no pooled connection to the first run's file.
            SqliteConnection.ClearAllPools();

            // A new simulator, which knows nothing of the first run: the bot must not resume the old cursor.
            await using var second = await AllInOneHost.StartAsync(defaultFile, root);
            await second.SayAsync("wmRestart01", "第二次");
            Assert.Single(await second.SettledRepliesAsync("wmRestart01", 1));
        }
        finally
        {
            root.Delete(recursive: true);
        }
    }
}
