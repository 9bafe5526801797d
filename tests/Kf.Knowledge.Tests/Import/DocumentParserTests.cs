using Kf.Knowledge.Import;

namespace Kf.Knowledge.Tests.Import;

public sealed class DocumentParserTests
{
    private const int Max = 64 * 1024;

    [Theory]
    [InlineData("售后.md", "# 退货\n七天。", "markdown")]
    [InlineData("FAQ.MD", "# 常见问题\n问：运费？\n答：10 元。", "faq-markdown")]
    [InlineData("说明.txt", "第一段。", "text")]
    [InlineData("faq.csv", "question,answer\n运费？,10 元。", "faq-csv")]
    [InlineData("faq.jsonl", "{\"question\": \"运费？\", \"answer\": \"10 元。\"}", "faq-jsonl")]
    public void Should_pick_the_format_from_the_extension_when_none_is_given(string name, string content, string format)
    {
        Assert.Equal(format, DocumentParser.Parse(name, content, null, Max).Format);
    }

    [Fact]
    public void Should_use_the_given_format_when_it_differs_from_the_extension()
    {
        var document = DocumentParser.Parse("notes.md", "# 标题\n正文。", " Text ", Max);

        Assert.Equal(KnowledgeFormats.Text, document.Format);
        Assert.Equal(["# 标题\n正文。"], Assert.Single(document.Sections).Paragraphs);
    }

    [Fact]
    public void Should_split_plain_text_on_blank_lines_when_parsed_as_text()
    {
        var document = DocumentParser.Parse("说明.txt", "第一段第一行\r\n第一段第二行\r\n \r\n\r\n第二段。\r\n", null, Max);

        Assert.Equal(["第一段第一行\n第一段第二行", "第二段。"], Assert.Single(document.Sections).Paragraphs);
    }

    [Theory]
    [InlineData("manual.pdf", null, "manual.pdf: cannot tell the format from the extension '.pdf' (.md, .txt, .csv or .jsonl); give one of markdown, text, faq-markdown, faq-csv, faq-jsonl")]
    [InlineData("faq.md", "yaml", "faq.md: unknown format 'yaml'; use one of markdown, text, faq-markdown, faq-csv, faq-jsonl")]
    public void Should_refuse_when_the_format_is_unknown(string name, string? format, string message)
    {
        var error = Assert.Throws<KnowledgeFormatException>(() => DocumentParser.Parse(name, "内容", format, Max));

        Assert.Equal(message, error.Message);
    }

    [Fact]
    public void Should_refuse_when_the_content_is_over_the_byte_limit_counted_in_utf8()
    {
        // 400 Chinese characters are 1,200 UTF-8 bytes.
        var content = new string('退', 400);

        var error = Assert.Throws<KnowledgeFormatException>(() => DocumentParser.Parse("big.txt", content, null, 1199));

        Assert.Equal("big.txt: 1200 bytes is more than Knowledge:MaxDocumentBytes (1199)", error.Message);
        Assert.Equal(KnowledgeFormats.Text, DocumentParser.Parse("big.txt", content, null, 1200).Format);
    }

    [Theory]
    [InlineData("empty.md", "", "empty.md: the document is empty")]
    [InlineData("blank.txt", "\uFEFF \r\n\t\n", "blank.txt: the document is empty")]
    [InlineData("front.md", "---\ntitle: x\n---\n\n", "front.md: no text to import (markdown)")]
    [InlineData("header.csv", "question,answer\n", "header.csv: no question and answer pairs found (faq-csv)")]
    [InlineData("prose.md", "只是一段文字。", "prose.md: no question and answer pairs found (faq-markdown)")]
    public void Should_refuse_with_a_clear_message_when_there_is_nothing_to_import(string name, string content, string message)
    {
        var format = name == "prose.md" ? KnowledgeFormats.FaqMarkdown : null;

        var error = Assert.Throws<KnowledgeFormatException>(() => DocumentParser.Parse(name, content, format, Max));

        Assert.Equal(message, error.Message);
    }
}
