using System.Text;
using Kf.Contracts;
using Kf.Responder.Backends;
using Kf.Responder.Planning;
using Kf.Storage.Conversations;

namespace Kf.Responder.Tests;

/// <summary>The responder on the embedded stand-ins with a scripted OpenAI-compatible model and the simulator.</summary>
public sealed class OpenAiResponderTests
{
    [Fact]
    public async Task Should_publish_one_reply_with_a_deterministic_send_msgid_when_a_customer_writes()
    {
        await using var s = await OpenAiScenario.StartAsync();

        var msgId = await s.SayAsync("wmAlice", "营业时间是几点？");
        await s.Captured.WaitForSendsAsync(1, "the reply");
        await s.Captured.WaitForConsumedAsync(1, "the message handled (marked published after the publish)");

        var send = Assert.Single(s.Captured.Sends);
        Assert.Equal("答：营业时间是几点？", send.Text);
        Assert.Equal(SendKfMessage.CreateSendMsgId(msgId, 1), send.SendMsgId);
        Assert.Equal((msgId, 1, "text", "wmAlice"), (send.SourceMsgId, send.Part, send.MsgType, send.ExternalUserId));
        Assert.Null(send.PreviousSendMsgId);
        var request = Assert.Single(s.Model.Requests);
        Assert.Equal("test-model", (string?)request["model"]);
        Assert.Equal("测试系统提示", (string?)request["messages"]![0]!["content"]);
        // Who is writing stays in Kf: the endpoint gets neither Kf's user id nor the WeChat id.
        Assert.Null(request["user"]);
        Assert.DoesNotContain("wmAlice", request.ToJsonString(), StringComparison.Ordinal);
        Assert.DoesNotContain(ModelChatBackend.UserIdProperty, request.ToJsonString(), StringComparison.Ordinal);
        var plan = await s.Host.Store.FindPlanAsync(msgId);
        Assert.Equal(AnswerOutcome.Answered, plan!.Outcome);
        Assert.NotNull(plan.PublishedAt);
    }

    [Fact]
    public async Task Should_plan_once_and_ask_the_model_once_when_the_same_msgid_arrives_twice()
    {
        await using var s = await OpenAiScenario.StartAsync();
        var msgId = await s.SayAsync("wmBob", "你好");
        await s.Captured.WaitForConsumedAsync(1, "the first delivery handled");

        await s.Host.PublishAsync(s.Host.Text("wmBob", msgId, "你好"));
        await s.Captured.WaitForConsumedAsync(2, "the duplicate handled");

        Assert.Single(s.Model.Requests);
        Assert.Equal([SendKfMessage.CreateSendMsgId(msgId, 1)], s.Captured.Sends.Select(m => m.SendMsgId));
    }

    [Fact]
    public async Task Should_publish_the_stored_plan_without_asking_the_model_again_when_publishing_failed_after_the_plan_was_stored()
    {
        await using var s = await OpenAiScenario.StartAsync();
        s.Host.PublishFaults.Failures = 1;

        var msgId = await s.SayAsync("wmCarol", "退货流程？");
        await s.Captured.WaitForSendsAsync(1, "the reply after the bus retried the message");

        Assert.True(s.Host.PublishFaults.Failures < 0, "the injected publish failure happened");
        Assert.Single(s.Model.Requests);
        var send = Assert.Single(s.Captured.Sends);
        Assert.Equal(SendKfMessage.CreateSendMsgId(msgId, 1), send.SendMsgId);
        Assert.Equal("答：退货流程？", send.Text);
    }

    [Fact]
    public async Task Should_send_at_most_five_parts_of_at_most_2048_bytes_ending_with_the_suffix_when_the_model_answers_9000_bytes()
    {
        await using var s = await OpenAiScenario.StartAsync();
        var answer = string.Concat(Enumerable.Range(0, 600).Select(i => $"第{i}条说明。"));
        Assert.True(Encoding.UTF8.GetByteCount(answer) >= 9000);
        s.Model.Answer = _ => answer;

        var msgId = await s.SayAsync("wmDave", "请详细介绍一下");
        await s.Captured.WaitForSendsAsync(5, "five parts");
        await s.Captured.WaitForConsumedAsync(1, "the message handled");

        var parts = s.Captured.For(msgId);
        Assert.Equal(5, parts.Count);
        Assert.All(parts, p => Assert.InRange(Encoding.UTF8.GetByteCount(p.Text!), 1, 2048));
        var joined = string.Concat(parts.Select(p => p.Text));
        Assert.EndsWith(AnswerPlanner.TruncatedSuffix, joined);
        Assert.StartsWith(joined[..^AnswerPlanner.TruncatedSuffix.Length], answer, StringComparison.Ordinal);
        for (var i = 1; i < parts.Count; i++)
        {
            Assert.Equal(parts[i - 1].SendMsgId, parts[i].PreviousSendMsgId);
        }
    }

    [Fact]
    public async Task Should_publish_nothing_and_record_why_when_a_human_serves_the_session__state_3()
    {
        await using var s = await OpenAiScenario.StartAsync();
        var msgId = await s.Sim.SayAsync("wmErin", "转人工");
        await s.Sim.SetStateAsync("wmErin", 3);

        await s.Host.PublishAsync(s.Host.Text("wmErin", msgId, "转人工"));
        await s.Captured.WaitForConsumedAsync(1, "the message handled");

        var plan = await s.Host.Store.FindPlanAsync(msgId);
        Assert.Equal(AnswerOutcome.HumanHolds, plan!.Outcome);
        Assert.Equal("service_state 3", plan.Reason);
        Assert.Empty(plan.Parts);
        Assert.Empty(s.Model.Requests);
        Assert.Empty(s.Captured.Sends);
    }

    [Fact]
    public async Task Should_send_the_friendly_error_reply_when_the_model_does_not_answer_in_time()
    {
        await using var s = await OpenAiScenario.StartAsync(new Dictionary<string, string?> { ["Llm:TimeoutSeconds"] = "1" });
        s.Model.Hang = true;

        var msgId = await s.SayAsync("wmFrank", "在吗");
        await s.Captured.WaitForSendsAsync(1, "the friendly reply");

        var send = Assert.Single(s.Captured.Sends);
        Assert.Equal(new ResponderOptions().ErrorReply, send.Text);
        Assert.Equal(AnswerOutcome.BackendFailed, (await s.Host.Store.FindPlanAsync(msgId))!.Outcome);
    }

    [Fact]
    public async Task Should_send_the_friendly_error_reply_when_the_model_fails()
    {
        await using var s = await OpenAiScenario.StartAsync();
        s.Model.FailWith = 500;

        await s.SayAsync("wmGrace", "在吗");
        await s.Captured.WaitForSendsAsync(1, "the friendly reply");

        Assert.Equal(new ResponderOptions().ErrorReply, Assert.Single(s.Captured.Sends).Text);
    }

    [Fact]
    public async Task Should_give_the_model_the_remembered_turns_within_the_bound_when_a_customer_writes_again()
    {
        await using var s = await OpenAiScenario.StartAsync(new Dictionary<string, string?> { ["Responder:MemoryTurns"] = "1" });

        foreach (var (text, count) in new[] { ("第一问", 1), ("第二问", 2), ("第三问", 3) })
        {
            await s.SayAsync("wmHeidi", text);
            await s.Captured.WaitForSendsAsync(count, $"reply {count}");
        }

        var last = s.Model.Requests.Last()["messages"]!.AsArray().Select(m => $"{m!["role"]}:{m["content"]}").ToList();
        Assert.Equal(["system:测试系统提示", "user:第二问", "assistant:答：第二问", "user:第三问"], last);
    }

    [Fact]
    public async Task Should_plan_replies_in_send_time_order_with_a_correct_chain_when_ten_messages_of_one_customer_arrive_at_once()
    {
        await using var s = await OpenAiScenario.StartAsync();
        await s.Sim.SayAsync("wmIvan", "开场");
        var start = DateTimeOffset.FromUnixTimeSeconds(DateTimeOffset.UtcNow.ToUnixTimeSeconds());
        var messages = Enumerable.Range(1, 10).Select(i => s.Host.Text("wmIvan", $"ivan-{i:00}-{Guid.NewGuid():N}", $"问题{i}", start.AddSeconds(i))).ToList();
        // As the syncer does: each message is in the message log once it is on the bus.
        foreach (var message in messages)
        {
            await s.Host.RecordAsync(message);
        }

        await Task.WhenAll(messages.AsEnumerable().Reverse().Select(s.Host.PublishAsync));
        await s.Captured.WaitForConsumedAsync(10, "all ten handled");
        await s.Captured.WaitForSendsAsync(10, "ten replies");

        string? previous = null;
        foreach (var message in messages)
        {
            var send = Assert.Single(s.Captured.For(message.MsgId));
            Assert.Equal("答：" + message.Text, send.Text);
            Assert.Equal(previous, send.PreviousSendMsgId);
            previous = send.SendMsgId;
        }

        Assert.Equal(messages.Select(m => m.Text), s.Model.Requests.Select(r => (string?)r["messages"]!.AsArray().Last()!["content"]));
        Assert.Equal(10, s.Model.Requests.Count);
    }
}
