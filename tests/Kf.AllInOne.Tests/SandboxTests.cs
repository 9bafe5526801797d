using Kf.Knowledge;
using Kf.Storage.Conversations;
using Kf.Storage.Knowledge;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace Kf.AllInOne.Tests;

/// <summary>The sandbox out of the box: no account, no model, one process, the sample shop's knowledge.</summary>
public sealed class SandboxTests
{
    [Fact]
    public async Task Should_answer_a_question_about_the_sample_shop_once_from_its_FAQ_when_the_sandbox_runs_without_a_model()
    {
        await using var host = await AllInOneHost.StartAsync();

        // The whole pipeline: simulator push → ingress → syncer → responder (FAQ mode) → sender → simulator.
        var msgId = await host.SayAsync("wmSandbox01", "运费怎么算？包邮吗？");
        var sent = await host.SettledRepliesAsync("wmSandbox01", 1);

        var reply = Assert.Single(sent)!;
        Assert.Equal(SampleFaqAnswer("运费怎么算？包邮吗？"), (string?)reply["content"]);
        Assert.Contains("满 99 元", (string?)reply["content"]);
        var plan = await host.PublishedPlanAsync(msgId);
        Assert.Equal(AnswerOutcome.FaqAnswered, plan.Outcome);
        Assert.Equal((string?)reply["msgid"], Assert.Single(plan.Parts).SendMsgId);
        Assert.Equal(1, await host.SendMsgCallsAsync());
    }

    [Fact]
    public async Task Should_send_the_handoff_reply_and_record_the_question_when_the_sample_knowledge_does_not_cover_it()
    {
        await using var host = await AllInOneHost.StartAsync();

        var msgId = await host.SayAsync("wmSandbox02", "你们招聘仓库管理员吗");
        var sent = await host.SettledRepliesAsync("wmSandbox02", 1);

        Assert.Equal(new KnowledgeOptions().HandoffReply, (string?)Assert.Single(sent)!["content"]);
        Assert.Equal(AnswerOutcome.NeedsHuman, (await host.PublishedPlanAsync(msgId)).Outcome);
        var unknown = await host.Services.GetRequiredService<IKnowledgeStore>().ListUnknownAsync("default", includeResolved: false, 10);
        Assert.Equal("你们招聘仓库管理员吗", Assert.Single(unknown).Example);
    }

    [Fact]
    public async Task Should_leave_the_sample_knowledge_unchanged_and_serve_it_on_the_admin_API_when_the_sandbox_restarts_on_its_database()
    {
        var root = Directory.CreateTempSubdirectory("kf-allinone-sample-");
        try
        {
            var settings = new Dictionary<string, string?>
            {
                ["ConnectionStrings:Sqlite"] = $"Data Source={Path.Combine(root.FullName, "kept.db")}",
                ["Admin:Token"] = "sandbox-admin-token-0123456789",
            };
            IReadOnlyList<KnowledgeDocument> before;
            await using (var first = await AllInOneHost.StartAsync(settings, root))
            {
                before = await first.Services.GetRequiredService<IKnowledgeStore>().ListDocumentsAsync("default");
            }

            SqliteConnection.ClearAllPools();
            await using var second = await AllInOneHost.StartAsync(settings, root);
            second.Http.DefaultRequestHeaders.Authorization = new("Bearer", "sandbox-admin-token-0123456789");
            var listed = JsonNode.Parse(await second.Http.GetStringAsync("/admin/kb/default/documents"))!.AsArray();

            Assert.Equal(["faq.csv", "shop-guide.md"], before.Select(d => d.Name).Order(StringComparer.Ordinal));
            Assert.Equal(
                before.Select(d => (d.Id, d.Name, d.ImportedAt.ToUnixTimeMilliseconds())).OrderBy(d => d.Id),
                listed.Select(d => ((long)d!["id"]!, (string)d["name"]!, ((DateTimeOffset)d["imported_at"]!).ToUnixTimeMilliseconds())).OrderBy(d => d.Item1));
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            root.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task Should_reply_with_how_to_configure_a_model_when_the_sandbox_starts_without_its_sample_knowledge()
    {
        await using var host = await AllInOneHost.StartAsync(new Dictionary<string, string?> { ["Kf:SandboxSampleKnowledge"] = "false" });

        var msgId = await host.SayAsync("wmSandbox03", "运费怎么算？包邮吗？");
        var sent = await host.SettledRepliesAsync("wmSandbox03", 1);

        Assert.Equal(new Kf.Responder.ResponderOptions().NoModelReply, (string?)Assert.Single(sent)!["content"]);
        Assert.Equal(AnswerOutcome.NoModel, (await host.PublishedPlanAsync(msgId)).Outcome);
        Assert.Empty(await host.Services.GetRequiredService<IKnowledgeStore>().ListDocumentsAsync("default"));
    }

    // The answer as the sample CSV holds it (that line has no quoting), from the copy beside the host.
    private static string SampleFaqAnswer(string question)
    {
        var line = File.ReadLines(Path.Combine(AppContext.BaseDirectory, "Sandbox", "SampleKnowledge", "faq.csv"))
            .Single(l => l.StartsWith(question + ",", StringComparison.Ordinal));
        return line[(question.Length + 1)..];
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
