using System.Text;
using Kf.Simulator.Callbacks;
using Kf.Simulator.Options;
using Kf.Storage.Conversations;
using Kf.Testing.Models;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Kf.AllInOne.Tests;

/// <summary>
/// The sandbox with a scripted OpenAI-compatible model configured through <c>Llm:*</c> and no knowledge:
/// the model answers every question as is (the knowledge path is covered by the responder's suite).
/// </summary>
public sealed class ModelTests
{
    private static Dictionary<string, string?> WithoutSampleKnowledge(FakeOpenAi model) =>
        new(model.Settings) { ["Kf:SandboxSampleKnowledge"] = "false" };

    [Fact]
    public async Task Should_deliver_the_models_answer_once_when_a_customer_writes()
    {
        await using var model = await FakeOpenAi.StartAsync();
        await using var host = await AllInOneHost.StartAsync(WithoutSampleKnowledge(model));

        var msgId = await host.SayAsync("wmModel01", "营业时间？");
        var sent = await host.SettledRepliesAsync("wmModel01", 1);

        Assert.Equal("答：营业时间？", (string?)Assert.Single(sent)!["content"]);
        Assert.Equal(AnswerOutcome.Answered, (await host.PublishedPlanAsync(msgId)).Outcome);
        Assert.Single(model.Requests);
        Assert.Equal(1, await host.SendMsgCallsAsync());
    }

    [Fact]
    public async Task Should_reply_once_when_the_same_callback_arrives_three_times__invariant_2()
    {
        await using var model = await FakeOpenAi.StartAsync();
        await using var host = await AllInOneHost.StartAsync(WithoutSampleKnowledge(model));

        await host.SayAsync("wmRetry01", "在吗");
        // WeChat's retries of one push carry the same sync token: replay the simulator's push twice more, at once.
        var push = await Eventually.WaitAsync(
            async () => JsonNode.Parse(await host.Http.GetStringAsync("/sim/callbacks"))!.AsArray(),
            pushes => pushes.Any(p => (string?)p!["outcome"] == "delivered"),
            "the simulator's push answered by the ingress");
        var first = push.First(p => (string?)p!["outcome"] == "delivered")!;
        var envelopes = new CallbackEnvelopeBuilder(host.Services.GetRequiredService<IOptions<SimulatorOptions>>().Value);
        var replays = await Task.WhenAll(Enumerable.Range(1, 2).Select(async i =>
        {
            var (body, query) = envelopes.Build((string)first["open_kfid"]!, (string)first["token"]!, DateTimeOffset.UtcNow, $"replay{i}");
            using var response = await host.Http.PostAsync("/wecom/callback?" + query, new StringContent(body, Encoding.UTF8, "text/xml"));
            return (int)response.StatusCode;
        }));

        Assert.All(replays, status => Assert.Equal(200, status));
        var sent = await host.SettledRepliesAsync("wmRetry01", 1);
        Assert.Equal("答：在吗", (string?)Assert.Single(sent)!["content"]);
        Assert.Single(model.Requests);
        Assert.Equal(1, await host.SendMsgCallsAsync());
    }

    [Fact]
    public async Task Should_send_nothing_more_when_a_human_takes_the_session__invariant_5()
    {
        await using var model = await FakeOpenAi.StartAsync();
        await using var host = await AllInOneHost.StartAsync(WithoutSampleKnowledge(model));
        await host.SayAsync("wmHuman01", "第一个问题");
        await host.SettledRepliesAsync("wmHuman01", 1);

        await host.SetStateAsync("wmHuman01", 3);
        var second = await host.SayAsync("wmHuman01", "第二个问题");

        // Processed (the plan is stored and published) and yet silent.
        var plan = await host.PublishedPlanAsync(second);
        Assert.Equal(AnswerOutcome.HumanHolds, plan.Outcome);
        Assert.Empty(plan.Parts);
        var sent = await host.SettledRepliesAsync("wmHuman01", 1);
        Assert.Equal("答：第一个问题", (string?)Assert.Single(sent)!["content"]);
        Assert.Single(model.Requests);
    }

    [Fact]
    public async Task Should_send_at_most_5_parts_of_at_most_2048_bytes_when_the_model_answers_9000_bytes__invariant_6()
    {
        await using var model = await FakeOpenAi.StartAsync();
        model.Answer = _ => string.Concat(Enumerable.Repeat("退货请在七天内申请。", 300)); // 30 bytes × 300
        Assert.Equal(9000, Encoding.UTF8.GetByteCount(model.Answer(new JsonObject())));
        await using var host = await AllInOneHost.StartAsync(WithoutSampleKnowledge(model));

        var msgId = await host.SayAsync("wmLong01", "怎么退货？");
        var plan = await host.PublishedPlanAsync(msgId);
        var sent = await host.SettledRepliesAsync("wmLong01", plan.Parts.Count);

        Assert.InRange(sent.Count, 2, 5);
        Assert.Equal(plan.Parts.Count, sent.Count);
        Assert.All(sent, part => Assert.InRange(Encoding.UTF8.GetByteCount((string)part!["content"]!), 1, 2048));
        Assert.Equal(plan.Parts.Select(p => p.SendMsgId), sent.Select(s => (string?)s!["msgid"]));
        Assert.Equal(sent.Count, await host.SendMsgCallsAsync());
    }
}
