using System.Security.Cryptography;
using System.Text;
using Kf.Knowledge.Import;

namespace Kf.Knowledge.Tests.Import;

public sealed class KnowledgeChunkerTests
{
    private const int Max = 120;
    private const int Overlap = 20;
    private const string Heading = "退换货 / 运费";

    private static readonly KnowledgeChunker Chunker = new(Max, Overlap);

    // 30 distinct sentences of 13-14 characters: far more than one chunk holds.
    private static readonly string[] Sentences = [.. Enumerable.Range(1, 30).Select(i => $"第{i}条：退货运费由卖家承担。")];

    [Fact]
    public void Should_keep_every_chunk_within_the_limit_and_lose_no_sentence_when_a_section_is_long()
    {
        var chunks = Chunker.Chunk(Prose(new ParsedSection(Heading, [string.Concat(Sentences[..15]), string.Concat(Sentences[15..])])));

        Assert.True(chunks.Count > 3, $"{chunks.Count} chunks");
        Assert.All(chunks, c => Assert.InRange(c.Text.Length, 1, Max));
        Assert.All(Sentences, s => Assert.Contains(chunks, c => c.Text.Contains(s, StringComparison.Ordinal)));
    }

    [Fact]
    public void Should_start_each_chunk_with_the_heading_path_and_end_it_at_a_sentence_when_paragraphs_are_split()
    {
        var chunks = Chunker.Chunk(Prose(new ParsedSection(Heading, [string.Concat(Sentences)])));

        Assert.All(chunks, c =>
        {
            Assert.StartsWith(Heading + "\n", c.Text);
            Assert.Equal(Heading, c.Heading);
            Assert.EndsWith("。", c.Text);
        });
    }

    [Fact]
    public void Should_repeat_the_end_of_the_previous_chunk_when_chunks_follow_in_one_section()
    {
        var chunks = Chunker.Chunk(Prose(new ParsedSection(Heading, [string.Concat(Sentences)])));

        var bodies = chunks.Select(c => c.Text[(Heading.Length + 1)..]).ToList();
        for (var i = 1; i < bodies.Count; i++)
        {
            Assert.StartsWith(bodies[i - 1][^Overlap..], bodies[i]);
        }
    }

    [Fact]
    public void Should_not_overlap_when_a_new_section_starts()
    {
        var chunks = Chunker.Chunk(Prose(
            new ParsedSection("退货", [string.Concat(Sentences[..12])]),
            new ParsedSection("会员", ["积分可以兑换优惠券。"])));

        Assert.Equal("会员\n积分可以兑换优惠券。", chunks[^1].Text);
    }

    [Fact]
    public void Should_pack_short_paragraphs_together_when_they_fit()
    {
        var chunks = Chunker.Chunk(Prose(new ParsedSection(null, ["第一段。", "第二段。"]), new ParsedSection("保修", ["一年。"])));

        Assert.Equal(["第一段。\n\n第二段。", "保修\n一年。"], chunks.Select(c => c.Text));
        Assert.Null(chunks[0].Heading);
    }

    [Fact]
    public void Should_keep_a_faq_pair_whole_when_its_answer_is_longer_than_a_chunk()
    {
        var answer = string.Concat(Sentences);
        var chunks = Chunker.Chunk(ParsedDocument.Faq(KnowledgeFormats.FaqCsv, [new FaqPair("运费谁承担？", answer), new FaqPair("保修多久？", "一年。")]));

        Assert.Equal(2, chunks.Count);
        Assert.Equal("运费谁承担？\n" + answer, chunks[0].Text);
        Assert.Equal(("运费谁承担？", answer), (chunks[0].Question, chunks[0].Answer));
        Assert.Equal(("保修多久？\n一年。", 1), (chunks[1].Text, chunks[1].Ordinal));
    }

    [Fact]
    public void Should_never_split_an_emoji_or_surrogate_pair_when_text_has_no_sentence_ends()
    {
        // Numbered so that no two chunks are equal (equal ones would be stored once).
        var text = string.Concat(Enumerable.Range(0, 200).Select(i => $"👍🏽好𠀀{i}"));

        var chunks = Chunker.Chunk(Prose(new ParsedSection(null, [text])));

        Assert.True(chunks.Count > 5, $"{chunks.Count} chunks");
        Assert.All(chunks, c =>
        {
            Assert.InRange(c.Text.Length, 1, Max);
            Assert.False(char.IsLowSurrogate(c.Text[0]) || char.IsHighSurrogate(c.Text[^1]), c.Text);
            Assert.True(Encoding.UTF8.GetString(Encoding.UTF8.GetBytes(c.Text)) == c.Text, "lone surrogate in " + c.Text);
            // 👍🏽 is a thumb with a skin tone modifier: the modifier never starts a chunk.
            Assert.False(c.Text.StartsWith("🏽", StringComparison.Ordinal), c.Text);
        });
    }

    [Fact]
    public void Should_store_a_repeated_text_once_and_number_chunks_without_gaps_when_a_document_repeats_itself()
    {
        var faq = Chunker.Chunk(ParsedDocument.Faq(KnowledgeFormats.FaqJsonLines,
            [new FaqPair("运费？", "10 元。"), new FaqPair("保修？", "一年。"), new FaqPair("运费？", "10 元。")]));
        var prose = Chunker.Chunk(Prose(new ParsedSection("运费", ["10 元。"]), new ParsedSection("保修", ["一年。"]), new ParsedSection("运费", ["10 元。"])));

        Assert.Equal([0, 1], faq.Select(c => c.Ordinal));
        Assert.Equal(["运费\n10 元。", "保修\n一年。"], prose.Select(c => c.Text));
        Assert.Equal([0, 1], prose.Select(c => c.Ordinal));
    }

    [Fact]
    public void Should_hash_the_chunk_text_as_lower_hex_sha256_of_its_utf8_bytes()
    {
        var chunk = Assert.Single(Chunker.Chunk(Prose(new ParsedSection("运费", ["满 99 元包邮。"]))));

        Assert.Equal(Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes("运费\n满 99 元包邮。"))).ToLowerInvariant(), chunk.ContentHash);
        Assert.Null(chunk.Embedding);
    }

    [Fact]
    public void Should_bound_the_heading_line_when_the_heading_path_is_very_long()
    {
        var heading = string.Join(" / ", Enumerable.Repeat("很长的标题", 40));

        var chunk = Assert.Single(Chunker.Chunk(Prose(new ParsedSection(heading, ["正文。"]))));

        Assert.EndsWith("…\n正文。", chunk.Text);
        Assert.InRange(chunk.Text.Length, 1, Max);
        Assert.InRange(chunk.Heading!.Length, 1, KnowledgeChunker.MaxHeadingChars);
    }

    private static ParsedDocument Prose(params ParsedSection[] sections) => ParsedDocument.Prose(KnowledgeFormats.Markdown, sections);
}
