using Kf.Knowledge.Import;

namespace Kf.Knowledge.Tests.Import;

// The files operators start from (the sandbox's sample knowledge, the evaluation FAQ) parse as shipped.
public sealed class SampleKnowledgeParsingTests
{
    private const int Max = 8 * 1024 * 1024;
    private static readonly string Samples = Path.Combine(AppContext.BaseDirectory, "SampleKnowledge");

    [Fact]
    public void Should_read_every_record_of_the_sample_csv_as_a_pair_when_imported_by_extension()
    {
        var document = DocumentParser.Parse("faq.csv", File.ReadAllText(Path.Combine(Samples, "faq.csv")), null, Max);

        Assert.Equal(26, document.Pairs.Count);
        Assert.Contains(document.Pairs, p => p.Answer.Contains("订单处于\"待发货\"状态时", StringComparison.Ordinal));
    }

    [Fact]
    public void Should_give_the_shop_guide_sections_under_its_headings_when_imported_by_extension()
    {
        var document = DocumentParser.Parse("shop-guide.md", File.ReadAllText(Path.Combine(Samples, "shop-guide.md")), null, Max);

        Assert.Equal(KnowledgeFormats.Markdown, document.Format);
        Assert.Contains(document.Sections, s => s.Heading == "青禾电器购物指南 / 发货与物流 / 运费");
        var table = Assert.Single(document.Sections, s => s.Heading == "青禾电器购物指南 / 关于青禾 / 主要产品").Paragraphs;
        Assert.StartsWith("| 型号 | 品类 |", Assert.Single(table));
    }

    [Fact]
    public void Should_read_one_pair_per_line_when_the_evaluation_faq_is_imported_as_json_lines()
    {
        var text = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Evaluation", "Data", "faq.jsonl"));

        var document = DocumentParser.Parse("faq.jsonl", text, null, Max);

        Assert.Equal(text.Split('\n').Count(l => l.Trim().Length > 0), document.Pairs.Count);
    }
}
