using System.Text;
using Kf.Contracts;
using Xunit.Abstractions;

namespace Kf.EndToEnd.Tests;

[Collection(EndToEndCollection.Name)]
public sealed class LongAnswerTests(ITestOutputHelper output)
{
    [Fact]
    public async Task Should_send_at_most_5_parts_of_at_most_2048_bytes_when_the_model_answers_9000_bytes__invariant_6_rules()
    {
        await using var pipeline = await Pipeline.StartAsync(output);
        // 375 sentences of 8 CJK characters (24 bytes): 9,000 bytes, more than four parts can hold.
        var answer = string.Concat(Enumerable.Repeat("长回答测试内容。", 375));
        Assert.Equal(9000, Encoding.UTF8.GetByteCount(answer));
        pipeline.OpenAi!.Answer = _ => answer;

        var msgid = await pipeline.Sim.SayAsync("wmGrace", "请详细介绍一下");

        await pipeline.WaitForSentAsync(5, "the five parts");
        await Intake.SettleAsync();
        var parts = await pipeline.Sim.SentAsync();
        Assert.Equal(Enumerable.Range(1, 5).Select(n => SendKfMessage.CreateSendMsgId(msgid, n)), parts.Select(p => p.MsgId));
        Assert.All(parts, p => Assert.InRange(Encoding.UTF8.GetByteCount(p.Content), 1, 2048));
        // 9,000 bytes fit in five parts: nothing cut, nothing lost, in order.
        Assert.Equal(answer, string.Concat(parts.Select(p => p.Content)));
    }
}
