using Kf.Knowledge.Import;

namespace Kf.Knowledge.Tests.Import;

public sealed class FaqJsonLinesParserTests
{
    [Fact]
    public void Should_read_one_pair_per_line_when_blank_lines_and_extra_members_are_present()
    {
        var document = FaqJsonLinesParser.Parse("faq.jsonl", """
            {"question": "运费多少？", "answer": "满 99 元包邮。\n不满收 10 元。", "tags": ["运费"]}

            {"问题": "保修多久？", "答案": "一年。"}
            """);

        Assert.Equal([new FaqPair("运费多少？", "满 99 元包邮。\n不满收 10 元。"), new FaqPair("保修多久？", "一年。")], document.Pairs);
    }

    [Theory]
    [InlineData("{\"question\": \"a\", \"answer\": \"b\"}\n{\"question\": \"c\"", "faq.jsonl line 2: not valid JSON")]
    [InlineData("\n[\"a\", \"b\"]", "faq.jsonl line 2: expected an object like {\"question\": \"…\", \"answer\": \"…\"}")]
    [InlineData("{\"answer\": \"b\"}", "faq.jsonl line 1: question is missing")]
    [InlineData("{\"question\": 1, \"answer\": \"b\"}", "faq.jsonl line 1: question must be a string")]
    [InlineData("{\"question\": \"a\", \"answer\": \"  \"}", "faq.jsonl line 1: answer is empty")]
    [InlineData("{\"question\": null, \"answer\": \"b\"}", "faq.jsonl line 1: question is empty")]
    public void Should_name_the_line_when_a_line_is_bad(string jsonl, string message)
    {
        var error = Assert.Throws<KnowledgeFormatException>(() => FaqJsonLinesParser.Parse("faq.jsonl", jsonl));

        Assert.StartsWith(message, error.Message);
    }
}
