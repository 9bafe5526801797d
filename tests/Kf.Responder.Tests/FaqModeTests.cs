using Kf.Knowledge;
using Kf.Knowledge.Retrieval;
using Kf.Storage.Conversations;
using Microsoft.Extensions.DependencyInjection;

namespace Kf.Responder.Tests;

/// <summary>FAQ mode: no model configured, the account's profile holds knowledge.</summary>
public sealed class FaqModeTests
{
    [Theory]
    [InlineData("sqlite")]
    [InlineData("mysql")]
    public async Task Should_send_the_FAQ_answer_and_remember_the_exchange_when_a_question_matches_a_FAQ_pair_without_a_model(string storage)
    {
        await using var s = await KnowledgeScenario.StartAsync(storage, withModel: false);
        await s.ImportAsync("faq.csv", KnowledgeScenario.FaqCsv);

        var msgId = await s.SayAsync("wmFaq01", "运费怎么算？");
        var (reply, plan) = await s.ReplyAsync(msgId);

        Assert.Equal("满 99 元包邮，不满 99 元收运费 8 元。", reply);
        Assert.Equal(AnswerOutcome.FaqAnswered, plan.Outcome);
        Assert.Contains("faq.csv", plan.Reason);
        Assert.Empty(await s.Knowledge.ListUnknownAsync(KnowledgeScenario.Profile, includeResolved: true, 10));
        // A FAQ answer is a real exchange: a model configured later sees it.
        var customer = await s.Host.Services.GetRequiredService<Kf.Storage.ICustomerStore>().GetOrCreateAsync(s.Sim.OpenKfId, "wmFaq01");
        var turns = await s.Host.Store.RecentTurnsAsync(customer.UserId, new MemoryLimits(10, DateTimeOffset.UtcNow.AddHours(-1)));
        Assert.Equal(["user:运费怎么算？", "assistant:满 99 元包邮，不满 99 元收运费 8 元。"], turns.Select(t => $"{t.Role}:{t.Content}"));
    }

    [Fact]
    public async Task Should_send_the_FAQ_answer_when_an_embedding_endpoint_is_configured_and_vectors_join_the_search()
    {
        await using var embeddings = await FakeOpenAi.StartAsync();
        await using var s = await KnowledgeScenario.StartAsync("sqlite", withModel: false, embeddings.EmbeddingSettings);
        await s.ImportAsync("faq.csv", KnowledgeScenario.FaqCsv);
        var imported = embeddings.EmbeddingRequests.Count;

        var msgId = await s.SayAsync("wmFaq04", "怎么申请退货？");
        var (reply, plan) = await s.ReplyAsync(msgId);

        Assert.Equal("签收 7 天内在 App「我的订单」里申请退货即可。", reply);
        Assert.Equal(AnswerOutcome.FaqAnswered, plan.Outcome);
        Assert.True(imported > 0, "the FAQ pairs were embedded at import");
        Assert.True(embeddings.EmbeddingRequests.Count > imported, "the question was embedded to search");
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("mysql")]
    public async Task Should_send_the_handoff_reply_and_record_the_question_once_when_no_FAQ_matches_and_the_message_is_redelivered(string storage)
    {
        await using var s = await KnowledgeScenario.StartAsync(storage, withModel: false, new Dictionary<string, string?>
        {
            ["Knowledge:HandoffReply"] = "已转交人工客服，请稍候。",
        });
        await s.ImportAsync("faq.csv", KnowledgeScenario.FaqCsv);
        // The first publish of the plan fails after it was stored: the bus redelivers and the stored plan is replayed.
        s.Host.PublishFaults.Failures = 1;

        var msgId = await s.SayAsync("wmFaq02", "  可以开增值税专用发票吗  ");
        var (reply, plan) = await s.ReplyAsync(msgId);
        var handled = s.Host.Captured.Consumed;
        await s.Host.PublishAsync(s.Host.Text("wmFaq02", msgId, "  可以开增值税专用发票吗  "));
        await s.Host.Captured.WaitForConsumedAsync(handled + 1, "the duplicate handled");

        Assert.True(s.Host.PublishFaults.Failures < 0, "the injected publish failure happened");
        Assert.Equal("已转交人工客服，请稍候。", reply);
        Assert.Single(s.Host.Captured.For(msgId));
        Assert.Equal(AnswerOutcome.NeedsHuman, plan.Outcome);
        Assert.DoesNotContain("发票", plan.Reason);
        var group = Assert.Single(await s.Knowledge.ListUnknownAsync(KnowledgeScenario.Profile, includeResolved: false, 10));
        Assert.Equal(1, group.Count);
        Assert.Equal("可以开增值税专用发票吗", group.Example);
        Assert.Equal(QuestionKey.Of("可以开增值税专用发票吗"), group.GroupKey);
        Assert.InRange(group.BestScore, 0, new KnowledgeOptions().FaqMinConfidence);
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("mysql")]
    public async Task Should_reply_with_how_to_configure_a_model_when_only_another_profile_has_knowledge(string storage)
    {
        await using var s = await KnowledgeScenario.StartAsync(storage, withModel: false);
        await s.ImportAsync("faq.csv", KnowledgeScenario.FaqCsv, profile: "other-shop");

        var msgId = await s.SayAsync("wmFaq03", "运费怎么算？");
        var (reply, plan) = await s.ReplyAsync(msgId);

        Assert.Equal(new ResponderOptions().NoModelReply, reply);
        Assert.Equal(AnswerOutcome.NoModel, plan.Outcome);
        Assert.Empty(await s.Knowledge.ListUnknownAsync(KnowledgeScenario.Profile, includeResolved: true, 10));
    }
}
