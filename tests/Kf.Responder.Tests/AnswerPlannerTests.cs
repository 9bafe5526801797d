using System.Text;
using Kf.Contracts;
using Kf.Responder.Planning;

namespace Kf.Responder.Tests;

public sealed class AnswerPlannerTests
{
    [Fact]
    public void Should_keep_a_short_answer_whole_in_one_part_when_it_fits_2048_bytes()
    {
        var parts = AnswerPlanner.Plan("msg1", "您好，有什么可以帮您？", "prev");

        var part = Assert.Single(parts);
        Assert.Equal("您好，有什么可以帮您？", part.Text);
        Assert.Equal(SendKfMessage.CreateSendMsgId("msg1", 1), part.SendMsgId);
        Assert.Equal("prev", part.PreviousSendMsgId);
    }

    [Fact]
    public void Should_send_five_parts_without_the_suffix_when_the_answer_needs_exactly_five()
    {
        var answer = string.Concat(Enumerable.Repeat(new string('a', 2047) + "\n", 5));

        var texts = AnswerPlanner.Split(answer);

        Assert.Equal(5, texts.Count);
        Assert.Equal(answer, string.Concat(texts));
    }

    [Fact]
    public void Should_cut_to_five_parts_ending_with_the_suffix_when_a_9000_byte_answer_has_multibyte_characters()
    {
        // 3-byte CJK and 4-byte emoji, so a byte cut could land mid-character.
        var answer = string.Concat(Enumerable.Repeat("客服回答😀", 1000));
        Assert.True(Encoding.UTF8.GetByteCount(answer) > 9000);

        var parts = AnswerPlanner.Plan("msg9000", answer, null);

        Assert.Equal(5, parts.Count);
        Assert.All(parts, p => Assert.InRange(Encoding.UTF8.GetByteCount(p.Text), 1, 2048));
        Assert.EndsWith(AnswerPlanner.TruncatedSuffix, parts[4].Text);
        var joined = string.Concat(parts.Select(p => p.Text));
        Assert.StartsWith(joined[..^AnswerPlanner.TruncatedSuffix.Length], answer, StringComparison.Ordinal);
        Assert.All(parts, p => Assert.DoesNotContain('\uFFFD', Encoding.UTF8.GetString(Encoding.UTF8.GetBytes(p.Text))));
    }

    [Fact]
    public void Should_chain_each_part_after_the_one_before_when_an_answer_has_several_parts()
    {
        var parts = AnswerPlanner.Plan("msgChain", new string('字', 1500), "last-of-previous-answer");

        Assert.Equal(3, parts.Count);
        Assert.Equal("last-of-previous-answer", parts[0].PreviousSendMsgId);
        Assert.Equal(parts[0].SendMsgId, parts[1].PreviousSendMsgId);
        Assert.Equal(parts[1].SendMsgId, parts[2].PreviousSendMsgId);
        Assert.Equal([1, 2, 3], parts.Select(p => p.Part));
    }
}
