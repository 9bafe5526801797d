using Kf.Contracts;
using Xunit.Abstractions;

namespace Kf.EndToEnd.Tests;

[Collection(EndToEndCollection.Name)]
public sealed class OneReplyTests(ITestOutputHelper output)
{
    [Fact]
    public async Task Should_send_exactly_one_reply_when_a_customer_writes_once_to_an_OpenAI_compatible_model__invariant_2_once()
    {
        await using var pipeline = await Pipeline.StartAsync(output);

        var msgid = await pipeline.Sim.SayAsync("wmAlice", "你们几点营业？");

        await pipeline.WaitForSentAsync(1, "the reply in /sim/sent");
        await Intake.SettleAsync();
        var reply = Assert.Single(await pipeline.Sim.SentAsync());
        Assert.Equal(new SentMessage(SendKfMessage.CreateSendMsgId(msgid, 1), "wmAlice", "答：你们几点营业？"), reply);
        Assert.Single(pipeline.OpenAi!.Requests);
    }

    [Fact]
    public async Task Should_send_exactly_one_reply_when_a_customer_writes_once_to_a_Coze_bot__invariant_2_once()
    {
        await using var pipeline = await Pipeline.StartAsync(output, coze: true);

        var msgid = await pipeline.Sim.SayAsync("wmBob", "怎么退货？");

        await pipeline.WaitForSentAsync(1, "the reply in /sim/sent");
        await Intake.SettleAsync();
        var reply = Assert.Single(await pipeline.Sim.SentAsync());
        Assert.Equal(new SentMessage(SendKfMessage.CreateSendMsgId(msgid, 1), "wmBob", "扣子答：怎么退货？"), reply);
        var chat = Assert.Single(pipeline.Coze!.Chats);
        // Coze knows the customer by Kf's internal user id, never the WeChat id.
        Assert.NotEqual("wmBob", (string?)chat.Body["user_id"]);
    }
}
