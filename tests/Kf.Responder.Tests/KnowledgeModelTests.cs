using Kf.Knowledge;
using Kf.Responder.Backends;
using Kf.Storage.Conversations;

namespace Kf.Responder.Tests;

/// <summary>A model answering from the knowledge base: the excerpts in its prompt, the threshold before it, its marker after it.</summary>
public sealed class KnowledgeModelTests
{
    [Theory]
    [InlineData("sqlite")]
    [InlineData("mysql")]
    public async Task Should_put_the_top_chunks_with_their_source_and_the_marker_instruction_before_the_question_when_the_profile_has_knowledge(string storage)
    {
        await using var s = await KnowledgeScenario.StartAsync(storage, withModel: true);
        await s.ImportAsync("warranty.md", KnowledgeScenario.WarrantyMarkdown);

        var msgId = await s.SayAsync("wmKb01", "电机保修几年？");
        var (reply, plan) = await s.ReplyAsync(msgId);

        Assert.Equal("答：电机保修几年？", reply);
        Assert.Equal(AnswerOutcome.Answered, plan.Outcome);
        var messages = Assert.Single(s.Model!.Requests)["messages"]!.AsArray();
        Assert.Equal(["system", "system", "user"], messages.Select(m => (string?)m!["role"]));
        Assert.Equal("测试系统提示", (string?)messages[0]!["content"]);
        var context = (string)messages[1]!["content"]!;
        Assert.Contains("[1] 《warranty.md》", context);
        Assert.Contains("电机保修三年", context);
        Assert.Contains(KnowledgePrompt.NeedsHumanMarker, context);
        Assert.Equal("电机保修几年？", (string?)messages[2]!["content"]);
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("mysql")]
    public async Task Should_send_the_handoff_reply_without_asking_the_model_when_the_best_chunk_is_below_the_minimum_confidence(string storage)
    {
        await using var s = await KnowledgeScenario.StartAsync(storage, withModel: true);
        await s.ImportAsync("warranty.md", KnowledgeScenario.WarrantyMarkdown);

        var msgId = await s.SayAsync("wmKb02", "可以开增值税专用发票吗");
        var (reply, plan) = await s.ReplyAsync(msgId);

        Assert.Equal(new KnowledgeOptions().HandoffReply, reply);
        Assert.Equal(AnswerOutcome.NeedsHuman, plan.Outcome);
        Assert.Contains("Knowledge:MinConfidence", plan.Reason);
        Assert.Empty(s.Model!.Requests);
        var group = Assert.Single(await s.Knowledge.ListUnknownAsync(KnowledgeScenario.Profile, includeResolved: false, 10));
        Assert.Equal("可以开增值税专用发票吗", group.Example);
        Assert.True(group.BestScore < new KnowledgeOptions().MinConfidence, $"best score {group.BestScore}");
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("mysql")]
    public async Task Should_send_the_handoff_reply_and_record_the_question_when_the_model_answers_with_the_marker(string storage)
    {
        // Every question reaches the model: this is about what comes back.
        await using var s = await KnowledgeScenario.StartAsync(storage, withModel: true, new Dictionary<string, string?> { ["Knowledge:MinConfidence"] = "0" });
        await s.ImportAsync("warranty.md", KnowledgeScenario.WarrantyMarkdown);
        s.Model!.Answer = _ => "抱歉。[[needs_human]]";

        var msgId = await s.SayAsync("wmKb03", "电机的保修期是几年？");
        var (reply, plan) = await s.ReplyAsync(msgId);

        Assert.Equal(new KnowledgeOptions().HandoffReply, reply);
        Assert.DoesNotContain("NEEDS_HUMAN", reply, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(AnswerOutcome.NeedsHuman, plan.Outcome);
        Assert.True(s.Model.Requests.Count == 1, $"the model was asked once ({plan.Reason})");
        var group = Assert.Single(await s.Knowledge.ListUnknownAsync(KnowledgeScenario.Profile, includeResolved: false, 10));
        Assert.Equal("电机的保修期是几年？", group.Example);
        Assert.True(group.BestScore > 0, $"best score {group.BestScore}: the question matched the guide");
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("mysql")]
    public async Task Should_ask_the_model_without_excerpts_as_before_when_only_another_profile_has_knowledge(string storage)
    {
        await using var s = await KnowledgeScenario.StartAsync(storage, withModel: true);
        await s.ImportAsync("warranty.md", KnowledgeScenario.WarrantyMarkdown, profile: "other-shop");

        var msgId = await s.SayAsync("wmKb04", "电机保修几年？");
        var (reply, plan) = await s.ReplyAsync(msgId);

        Assert.Equal("答：电机保修几年？", reply);
        Assert.Equal(AnswerOutcome.Answered, plan.Outcome);
        var messages = Assert.Single(s.Model!.Requests)["messages"]!.AsArray();
        Assert.Equal(["system:测试系统提示", "user:电机保修几年？"], messages.Select(m => $"{m!["role"]}:{m["content"]}"));
    }

    [Fact]
    public async Task Should_prepend_the_excerpts_to_the_customers_words_when_the_model_is_coze()
    {
        await using var coze = await FakeCoze.StartAsync();
        await using var s = await KnowledgeScenario.StartAsync("sqlite", withModel: false, new Dictionary<string, string?>
        {
            ["Llm:Provider"] = "coze",
            ["Coze:BaseUrl"] = coze.BaseUrl,
            ["Coze:Token"] = FakeCoze.Token,
            ["Coze:BotId"] = FakeCoze.BotId,
            ["Coze:PollInterval"] = "00:00:00.010",
        });
        await s.ImportAsync("warranty.md", KnowledgeScenario.WarrantyMarkdown);

        var msgId = await s.SayAsync("wmKb05", "电机保修几年？");
        await s.ReplyAsync(msgId);

        var content = (string)Assert.Single(coze.Chats).Body["additional_messages"]![0]!["content"]!;
        Assert.Contains("[1] 《warranty.md》", content);
        Assert.Contains("电机保修三年", content);
        Assert.Contains(KnowledgePrompt.NeedsHumanMarker, content);
        Assert.EndsWith("电机保修几年？", content);
    }
}
