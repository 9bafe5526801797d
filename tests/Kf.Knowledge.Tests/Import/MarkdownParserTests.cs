using Kf.Knowledge.Import;

namespace Kf.Knowledge.Tests.Import;

public sealed class MarkdownParserTests
{
    [Fact]
    public void Should_give_each_paragraph_its_heading_path_when_headings_nest()
    {
        var document = MarkdownParser.Parse("""
            # 退换货
            七天无理由退货。

            ## 运费
            质量问题由我们承担运费。

            非质量问题由买家承担。
            ### 偏远地区
            新疆、西藏另计。
            # 会员
            积分可以兑换优惠券。
            """);

        Assert.Equal(
            [
                "退换货: 七天无理由退货。",
                "退换货 / 运费: 质量问题由我们承担运费。 | 非质量问题由买家承担。",
                "退换货 / 运费 / 偏远地区: 新疆、西藏另计。",
                "会员: 积分可以兑换优惠券。",
            ],
            document.Sections.Select(s => $"{s.Heading}: {string.Join(" | ", s.Paragraphs)}"));
    }

    [Fact]
    public void Should_skip_front_matter_and_keep_text_before_the_first_heading_without_a_heading()
    {
        var document = MarkdownParser.Parse("""
            ---
            title: 售后政策
            tags: [faq]
            ---
            欢迎咨询。
            ## 保修
            一年保修。
            """);

        Assert.Null(document.Sections[0].Heading);
        Assert.Equal(["欢迎咨询。"], document.Sections[0].Paragraphs);
        Assert.Equal("保修", document.Sections[1].Heading);
        Assert.DoesNotContain(document.Sections, s => s.Paragraphs.Any(p => p.Contains("title:")));
    }

    [Fact]
    public void Should_keep_lists_tables_and_code_blocks_whole_when_they_hold_blank_lines_or_hashes()
    {
        var document = MarkdownParser.Parse("""
            # 操作
            步骤：

            1. 打开订单

            2. 点击退货
               填写原因
            - 另一项

            | 项目 | 费用 |
            |---|---|
            | 运费 | 10 元 |

            示例：
            ```bash
            # not a heading

            kf import faq.md
            ```
            """);

        var paragraphs = Assert.Single(document.Sections).Paragraphs;
        Assert.Equal(
            [
                "步骤：",
                "1. 打开订单\n\n2. 点击退货\n   填写原因\n- 另一项",
                "| 项目 | 费用 |\n|---|---|\n| 运费 | 10 元 |",
                "示例：\n```bash\n# not a heading\n\nkf import faq.md\n```",
            ],
            paragraphs);
    }

    [Fact]
    public void Should_read_setext_headings_and_drop_thematic_breaks()
    {
        var document = MarkdownParser.Parse("配送\n===\n当天发货。\n\n***\n\n时效\n---\n两天送达。\r\n");

        Assert.Equal(["配送", "配送 / 时效"], document.Sections.Select(s => s.Heading));
        Assert.Equal(["当天发货。", "两天送达。"], document.Sections.SelectMany(s => s.Paragraphs));
    }

    [Fact]
    public void Should_drop_closing_hashes_but_keep_a_hash_inside_a_word_when_reading_headings()
    {
        var document = MarkdownParser.Parse("## C# 教程 ##\n内容。");

        Assert.Equal("C# 教程", Assert.Single(document.Sections).Heading);
    }
}
