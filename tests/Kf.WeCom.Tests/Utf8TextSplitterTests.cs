using System.Text;
using Kf.WeCom.Tests.Fakes;
using Kf.WeCom.Text;

namespace Kf.WeCom.Tests;

public sealed class Utf8TextSplitterTests
{
    [Theory]
    [InlineData(32)]
    [InlineData(47)]
    [InlineData(100)]
    [InlineData(257)]
    [InlineData(2048)]
    public void Should_keep_every_property_when_splitting_random_chinese_emoji_and_ascii(int limit)
    {
        var random = new Random(20240601 + limit);
        for (var iteration = 0; iteration < 300; iteration++)
        {
            var (text, boundaries) = RandomText.Next(random, random.Next(0, 1500));

            var parts = Utf8TextSplitter.Split(text, limit);

            Assert.Equal(text, string.Concat(parts));
            var offset = 0;
            for (var i = 0; i < parts.Count; i++)
            {
                var bytes = Encoding.UTF8.GetByteCount(parts[i]);
                Assert.InRange(bytes, 1, limit);
                Assert.False(RandomText.HasLoneSurrogate(parts[i]), $"part {i} has a lone surrogate");
                Assert.True(boundaries.Contains(offset), $"part {i} starts inside a grapheme at {offset} (limit {limit}, iteration {iteration})");
                if (i < parts.Count - 1)
                {
                    // A break is only taken in the second half; a hard cut leaves out at most one grapheme.
                    Assert.True(bytes >= Math.Min(limit / 2, limit - RandomText.LargestAtomBytes + 1), $"part {i} is only {bytes} bytes");
                }

                offset += parts[i].Length;
            }
        }
    }

    [Fact]
    public void Should_return_the_text_whole_when_it_fits_and_nothing_when_it_is_empty()
    {
        Assert.Equal(["短消息 👍🏽"], Utf8TextSplitter.Split("短消息 👍🏽"));
        Assert.Empty(Utf8TextSplitter.Split(string.Empty));
    }

    [Fact]
    public void Should_break_after_the_paragraph_when_a_sentence_end_and_a_space_come_later()
    {
        var first = new string('甲', 20) + "\n\n";
        var text = first + "乙乙乙。丙丙 丁" + new string('戊', 30);

        var parts = Utf8TextSplitter.Split(text, 100);

        Assert.Equal(first, parts[0]);
    }

    [Fact]
    public void Should_prefer_line_then_sentence_then_space_when_no_paragraph_break_fits()
    {
        var tail = new string('x', 200);

        Assert.Equal("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\n", Utf8TextSplitter.Split("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\nbb. cc dd" + tail, 40)[0]);
        Assert.Equal("aaaaaaaaaaaaaaaaaaaaaaaa. ", Utf8TextSplitter.Split("aaaaaaaaaaaaaaaaaaaaaaaa. bb cc" + tail, 40)[0]);
        Assert.Equal("今天天气很好，我们去公园吧！", Utf8TextSplitter.Split("今天天气很好，我们去公园吧！然后吃饭" + tail, 48)[0]);
        Assert.Equal("aaaaaaaaaaaaaaaaaaaaaa bb ", Utf8TextSplitter.Split("aaaaaaaaaaaaaaaaaaaaaa bb 3.14" + tail, 30)[0]);
    }

    [Fact]
    public void Should_ignore_breaks_in_the_first_half_so_that_parts_stay_few()
    {
        var parts = Utf8TextSplitter.Split("ab\n\n" + new string('x', 200), 100);

        Assert.Equal(100, parts[0].Length);
        Assert.Equal(3, parts.Count);
    }

    [Fact]
    public void Should_keep_zwj_families_flags_and_skin_tones_whole_when_they_fill_the_limit()
    {
        const string family = "👨‍👩‍👧‍👦";
        var families = string.Concat(Enumerable.Repeat(family, 100));
        var flags = string.Concat(Enumerable.Repeat("🇨🇳🇺🇸", 150));
        var tones = string.Concat(Enumerable.Repeat("👍🏽", 300));

        var familyParts = Utf8TextSplitter.Split(families);
        var flagParts = Utf8TextSplitter.Split(flags, 2047);
        var toneParts = Utf8TextSplitter.Split(tones, 2047);

        Assert.Equal([81 * family.Length, 19 * family.Length], familyParts.Select(p => p.Length));
        Assert.All(familyParts, p => Assert.Equal(string.Empty, p.Replace(family, string.Empty)));
        Assert.Equal([255 * 4, 45 * 4], flagParts.Select(p => p.Length));
        Assert.All(flagParts, p => Assert.Equal(string.Empty, p.Replace("🇨🇳", string.Empty).Replace("🇺🇸", string.Empty)));
        Assert.All(toneParts, p => Assert.Equal(string.Empty, p.Replace("👍🏽", string.Empty)));
    }

    [Fact]
    public void Should_cut_between_code_points_when_one_grapheme_is_larger_than_the_limit()
    {
        var zalgo = "e" + new string('\u0301', 1000);
        var family = "👨‍👩‍👧‍👦";

        var zalgoParts = Utf8TextSplitter.Split("ab" + zalgo + "cd", 100);
        var familyParts = Utf8TextSplitter.Split(family, 8);

        Assert.Equal("ab" + zalgo + "cd", string.Concat(zalgoParts));
        Assert.All(zalgoParts, p => Assert.InRange(Encoding.UTF8.GetByteCount(p), 1, 100));
        Assert.Equal(family, string.Concat(familyParts));
        Assert.All(familyParts, p => Assert.False(RandomText.HasLoneSurrogate(p)));
        Assert.All(familyParts, p => Assert.InRange(Encoding.UTF8.GetByteCount(p), 1, 8));
    }

    [Fact]
    public void Should_keep_lone_surrogates_and_crlf_as_they_are()
    {
        var text = string.Concat(Enumerable.Repeat("ab\r\n\uD800c", 50));

        var parts = Utf8TextSplitter.Split(text, 16);

        Assert.Equal(text, string.Concat(parts));
        Assert.All(parts, p => Assert.False(p.StartsWith('\n'), "CRLF was torn"));
    }

    [Fact]
    public void Should_reject_a_limit_below_one_code_point()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Utf8TextSplitter.Split("abc", 3));
    }
}
