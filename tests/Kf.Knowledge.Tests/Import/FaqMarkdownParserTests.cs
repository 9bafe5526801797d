using Kf.Knowledge.Import;

namespace Kf.Knowledge.Tests.Import;

public sealed class FaqMarkdownParserTests
{
    [Fact]
    public void Should_read_pairs_when_written_with_chinese_and_english_markers()
    {
        var document = FaqMarkdownParser.Parse("faq.md", """
            # 常见问题
            问：退货运费谁承担？
            答：质量问题由我们承担，
            其他情况由买家承担。

            Q: How long is the warranty?
            a：One year.

            ## 会员
            问题: 积分能兑换什么？
            答案: 优惠券。
            """);

        Assert.Equal(
            [
                new FaqPair("退货运费谁承担？", "质量问题由我们承担，\n其他情况由买家承担。"),
                new FaqPair("How long is the warranty?", "One year."),
                new FaqPair("积分能兑换什么？", "优惠券。"),
            ],
            document.Pairs);
        Assert.Equal(KnowledgeFormats.FaqMarkdown, document.Format);
    }

    [Fact]
    public void Should_read_the_deepest_headings_as_questions_when_there_are_no_markers()
    {
        var document = FaqMarkdownParser.Parse("faq.md", """
            # 常见问题
            本页汇总售后问题。
            ## 多久发货？
            下单后 24 小时内发货。
            ## 支持哪些快递？
            顺丰和京东。

            ```
            # 代码里的井号不是标题
            ```
            """);

        Assert.Equal(
            [
                new FaqPair("多久发货？", "下单后 24 小时内发货。"),
                new FaqPair("支持哪些快递？", "顺丰和京东。\n\n```\n# 代码里的井号不是标题\n```"),
            ],
            document.Pairs);
    }

    [Theory]
    [InlineData("问：运费？\n答：10 元。\n问：保修？\n", "faq.md line 3: question has no answer (answers start with A: or 答：)")]
    [InlineData("问：运费？\n答：\n", "faq.md line 1: answer is empty")]
    [InlineData("答：10 元。\n", "faq.md line 1: an answer without a question (questions start with Q: or 问：)")]
    [InlineData("前言\n问：运费？\n答：10 元。\n", "faq.md line 1: text before the first question (questions start with Q: or 问：)")]
    [InlineData("问：运费？\n答：10 元。\n答：免费。\n", "faq.md line 3: a second answer to the question of line 1")]
    [InlineData("# 常见问题\n## 运费？\n\n## 保修？\n一年。\n", "faq.md line 2: answer is empty")]
    public void Should_name_the_line_when_a_pair_is_malformed(string text, string message)
    {
        var error = Assert.Throws<KnowledgeFormatException>(() => FaqMarkdownParser.Parse("faq.md", text));

        Assert.Equal(message, error.Message);
    }

    [Theory]
    [InlineData("---\ntitle: FAQ\n---\n# 常见问题\n\n问：运费？\n答：10 元。", true)]
    [InlineData("Q: shipping?\nA: free.", true)]
    [InlineData("# 常见问题\n## 运费？\n10 元。", false)]
    [InlineData("# 退货\n问题在于时效。\n问：运费？\n答：10 元。", false)]
    public void Should_recognise_a_markdown_file_as_faq_only_when_its_first_text_is_a_question_marker(string text, bool faq)
    {
        Assert.Equal(faq, FaqMarkdownParser.LooksLikeFaq(text));
    }
}
