using Kf.Storage.Knowledge;
using Microsoft.Extensions.DependencyInjection;

namespace Kf.Cli.Tests;

/// <summary><c>kf kb …</c> on a real database, through the command's entry point.</summary>
public sealed class KbCommandTests
{
    private const string FaqCsv = """
        question,answer
        运费怎么算？,满 99 元包邮，不满 99 元收运费 8 元。
        客服几点上班？,客服每天 9:00 到 21:00 在线。

        """;

    private const string GuideMarkdown = """
        # 保修政策

        所有电器整机保修一年，电机保修三年。

        """;

    private const string MoreJsonl = """
        {"question": "可以开发票吗？", "answer": "可以，下单时填写发票抬头。"}

        """;

    [Theory]
    [InlineData("sqlite")]
    [InlineData("mysql")]
    public async Task Should_import_a_folder_by_relative_names_then_list_search_and_delete_when_run_on_the_database(string storage)
    {
        await using var db = await CliDatabase.StartAsync(storage);
        db.Write("kb/faq.csv", FaqCsv);
        db.Write("kb/guide.md", GuideMarkdown);
        db.Write("kb/more/invoices.jsonl", MoreJsonl);
        db.Write("kb/logo.png", "not knowledge");
        var folder = Path.Combine(db.Folder.FullName, "kb");

        var import = await db.RunAsync("kb", "import", folder, "--profile", "shop");
        var again = await db.RunAsync("kb", "import", folder, "--profile", "shop");
        var list = await db.RunAsync("kb", "list", "--profile", "shop");
        var search = await db.RunAsync("kb", "search", "客服", "几点上班", "--top", "1", "--profile", "shop");
        var otherProfile = await db.RunAsync("kb", "list");

        Assert.True(import.ExitCode == 0, import.ToString());
        Assert.Matches(@"created\s+faq\.csv\s+\(document \d+, faq-csv, 2 chunks", import.Output);
        Assert.Matches(@"created\s+guide\.md\s+\(document \d+, markdown", import.Output);
        Assert.Matches(@"created\s+more/invoices\.jsonl\s+\(document \d+, faq-jsonl, 1 chunks", import.Output);
        Assert.DoesNotContain("logo.png", import.Output);
        Assert.Contains("3 file(s) into profile 'shop': 3 created", import.Output);
        Assert.Equal(0, again.ExitCode);
        Assert.Contains("3 file(s) into profile 'shop': 3 unchanged", again.Output);
        Assert.Equal(0, list.ExitCode);
        Assert.Contains("3 document(s) in profile 'shop'", list.Output);
        Assert.Equal(0, search.ExitCode);
        Assert.Contains("#1  confidence", search.Output);
        Assert.Contains("客服每天 9:00 到 21:00 在线。", search.Output);
        Assert.DoesNotContain("#2", search.Output);
        Assert.Contains("0 document(s) in profile 'default'", otherProfile.Output);

        using var host = await db.HostAsync();
        var store = host.Services.GetRequiredService<IKnowledgeStore>();
        var guide = Assert.Single(await store.ListDocumentsAsync("shop"), d => d.Name == "guide.md");
        var delete = await db.RunAsync("kb", "delete", guide.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), "--profile", "shop");
        var deleteAgain = await db.RunAsync("kb", "delete", guide.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), "--profile", "shop");

        Assert.Equal(0, delete.ExitCode);
        Assert.Equal(1, deleteAgain.ExitCode);
        Assert.Contains($"has no document {guide.Id}", deleteAgain.Error);
        Assert.Equal(["faq.csv", "more/invoices.jsonl"], (await store.ListDocumentsAsync("shop")).Select(d => d.Name).Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("mysql")]
    public async Task Should_import_the_other_files_and_exit_1_naming_the_bad_file_when_one_file_is_malformed(string storage)
    {
        await using var db = await CliDatabase.StartAsync(storage);
        db.Write("kb/a-good.csv", FaqCsv);
        db.Write("kb/b-bad.csv", "q,a\n运费？,8 元\n");
        db.Write("kb/c-good.md", GuideMarkdown);

        var import = await db.RunAsync("kb", "import", Path.Combine(db.Folder.FullName, "kb"));

        Assert.True(import.ExitCode == 1, import.ToString());
        Assert.Contains("failed    b-bad.csv: ", import.Error);
        Assert.Contains("3 file(s) into profile 'default': 2 created, 1 failed", import.Output);
        using var host = await db.HostAsync();
        var names = (await host.Services.GetRequiredService<IKnowledgeStore>().ListDocumentsAsync("default")).Select(d => d.Name);
        Assert.Equal(["a-good.csv", "c-good.md"], names.Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("mysql")]
    public async Task Should_list_unknown_questions_grouped_most_asked_first_when_customers_asked_what_the_bot_could_not_answer(string storage)
    {
        await using var db = await CliDatabase.StartAsync(storage);
        using (var host = await db.HostAsync())
        {
            var store = host.Services.GetRequiredService<IKnowledgeStore>();
            var asked = DateTimeOffset.UtcNow;
            var questions = new[] { ("可以开发票吗？", "wmA"), ("可以开发票吗", "wmB"), ("支持分期吗？", "wmA") };
            for (var i = 0; i < questions.Length; i++)
            {
                var (text, customer) = questions[i];
                await store.RecordUnknownAsync(new UnknownQuestion(
                    "default", text, Kf.Knowledge.Retrieval.QuestionKey.Of(text), "wkShop", customer, $"msg-{i}", 0.1 * i, asked.AddMinutes(i)));
            }
        }

        var unknown = await db.RunAsync("kb", "unknown");

        Assert.True(unknown.ExitCode == 0, unknown.ToString());
        var lines = unknown.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Matches(@"^\s+2\s+2\s+0\.10\s+.*可以开发票吗\s+\[可以开发票吗\]", lines[1]);
        Assert.Matches(@"^\s+1\s+1\s+0\.20\s+.*支持分期吗？\s+\[支持分期吗\]", lines[2]);
        Assert.Contains("2 question group(s) in profile 'default' (unresolved", unknown.Output);
    }

    [Fact]
    public async Task Should_import_with_settings_from_the_environment_and_print_plain_progress_when_run_as_a_process_on_a_large_file()
    {
        await using var db = await CliDatabase.StartAsync("sqlite");
        // 150 sections of ~300 characters: well over the chunk count that counts as large.
        var large = string.Concat(Enumerable.Range(1, 150).Select(i => $"## 第 {i} 节\n\n{string.Concat(Enumerable.Repeat($"第 {i} 节的说明文字。", 30))}\n\n"));
        var path = db.Write("large.md", large);

        var import = await db.RunProcessAsync("kb", "import", path);

        Assert.True(import.ExitCode == 0, import.ToString());
        Assert.Matches(@"created\s+large\.md\s+\(document \d+, markdown, \d+ chunks", import.Output);
        Assert.Contains("file 1/1 large.md: ", import.Error);
        Assert.DoesNotContain("\r", import.Error);
        var list = await db.RunProcessAsync("kb", "list");
        Assert.Contains("large.md", list.Output);
    }
}
