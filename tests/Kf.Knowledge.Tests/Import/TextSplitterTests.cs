using System.Globalization;
using Kf.Knowledge.Import;

namespace Kf.Knowledge.Tests.Import;

public sealed class TextSplitterTests
{
    [Fact]
    public void Should_end_sentences_after_terminators_and_closing_quotes_when_splitting()
    {
        var sentences = TextSplitter.Sentences("他说：“可以退。”好的！版本 v1.2 支持 3.5 折。Really? Yes. 完\n下一行").ToList();

        Assert.Equal(["他说：“可以退。”", "好的！", "版本 v1.2 支持 3.5 折。", "Really? ", "Yes. ", "完\n", "下一行"], sentences);
    }

    [Fact]
    public void Should_cut_at_a_space_in_the_second_half_when_a_sentence_is_too_long()
    {
        var pieces = TextSplitter.HardCut("alpha beta gamma delta epsilon", 12).ToList();

        Assert.Equal(["alpha beta ", "gamma delta ", "epsilon"], pieces);
    }

    [Fact]
    public void Should_never_cut_inside_an_emoji_or_a_surrogate_pair_when_hard_cutting()
    {
        // A family (ZWJ sequence, 8 chars), a flag (two regional indicators) and a CJK Extension B character.
        const string unit = "👨‍👩‍👧🇨🇳𠀀a";
        var text = string.Concat(Enumerable.Repeat(unit, 30));

        var pieces = TextSplitter.HardCut(text, 9).ToList();

        Assert.Equal(text, string.Concat(pieces));
        Assert.All(pieces, piece =>
        {
            Assert.InRange(piece.Length, 1, 9);
            Assert.All(Elements(piece), element => Assert.Contains(element, Elements(unit)));
        });
    }

    [Fact]
    public void Should_start_the_tail_on_a_character_boundary_when_the_cut_falls_inside_an_emoji()
    {
        Assert.Equal("😀b", TextSplitter.Tail("a😀b", 3));
        Assert.Equal("b", TextSplitter.Tail("a😀b", 2));
        Assert.Equal(string.Empty, TextSplitter.Tail("a😀b", 0));
    }

    private static List<string> Elements(string text)
    {
        var elements = new List<string>();
        var e = StringInfo.GetTextElementEnumerator(text);
        while (e.MoveNext())
        {
            elements.Add(e.GetTextElement());
        }

        return elements;
    }
}
