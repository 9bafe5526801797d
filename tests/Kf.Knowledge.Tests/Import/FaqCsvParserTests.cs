using Kf.Knowledge.Import;

namespace Kf.Knowledge.Tests.Import;

public sealed class FaqCsvParserTests
{
    [Fact]
    public void Should_read_quoted_fields_with_commas_quotes_and_newlines_when_written_as_rfc_4180()
    {
        var document = FaqCsvParser.Parse("faq.csv",
            "id,question,answer,owner\r\n" +
            "1,\"运费,多少？\",\"满 99 元包邮。\r\n不满收 10 元。\",客服部\r\n" +
            "2,\"什么是\"\"七天无理由\"\"？\",签收后七天内可退。,\r\n");

        Assert.Equal(
            [
                new FaqPair("运费,多少？", "满 99 元包邮。\n不满收 10 元。"),
                new FaqPair("什么是\"七天无理由\"？", "签收后七天内可退。"),
            ],
            document.Pairs);
    }

    [Fact]
    public void Should_read_chinese_headers_in_any_order_when_other_columns_and_blank_lines_are_present()
    {
        var document = FaqCsvParser.Parse("faq.csv", "答案, 问题 \n\n一年。,保修多久？\n\n");

        Assert.Equal([new FaqPair("保修多久？", "一年。")], document.Pairs);
    }

    [Fact]
    public void Should_parse_the_same_pairs_when_the_file_starts_with_a_byte_order_mark()
    {
        const string csv = "question,answer\n运费？,10 元。\n";

        var withBom = DocumentParser.Parse("faq.csv", "\uFEFF" + csv, null, 1 << 20);

        Assert.Equal(FaqCsvParser.Parse("faq.csv", csv).Pairs, withBom.Pairs);
    }

    [Theory]
    [InlineData("question,answer\n运费？,10 元。\n保修？,\n", "faq.csv line 3: answer is empty")]
    [InlineData("question,answer\n\"多行\n问题\",答\n,无问题\n", "faq.csv line 4: question is empty")]
    [InlineData("question,answer\n运费？\n", "faq.csv line 2: answer is empty")]
    [InlineData("q,a\n运费？,10 元。\n", "faq.csv line 1: the header must name a question and an answer column (question,answer or 问题,答案)")]
    [InlineData("question,answer\n运费？,\"10 元。\n", "faq.csv line 2: a quoted field is not closed")]
    [InlineData("question,answer\n运费？,\"10\" 元\n", "faq.csv line 2: text after the closing quote of a field (a quote inside a field is written \"\")")]
    [InlineData("question,answer\n运费？,10 \"元\"\n", "faq.csv line 2: a quote inside an unquoted field (quote the whole field and write the quote as \"\")")]
    public void Should_name_the_line_when_a_record_is_bad(string csv, string message)
    {
        var error = Assert.Throws<KnowledgeFormatException>(() => FaqCsvParser.Parse("faq.csv", csv));

        Assert.Equal(message, error.Message);
    }

    [Fact]
    public void Should_name_the_line_when_a_pair_is_too_large_to_store_as_one_chunk()
    {
        // 22,000 Chinese characters are 66,000 UTF-8 bytes: over the store's 64 KiB chunk.
        var csv = $"question,answer\n运费？,10 元。\n说明？,{new string('长', 22_000)}\n";

        var error = Assert.Throws<KnowledgeFormatException>(() => FaqCsvParser.Parse("faq.csv", csv));

        Assert.Equal("faq.csv line 3: the question and answer are 66010 bytes; a pair is kept whole and at most 65536 bytes fit", error.Message);
    }
}
