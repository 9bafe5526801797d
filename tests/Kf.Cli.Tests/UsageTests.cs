namespace Kf.Cli.Tests;

/// <summary>A wrong command line or setting: exit code 2, a message naming what is wrong, nothing done.</summary>
public sealed class UsageTests
{
    [Theory]
    [InlineData("no command given")]
    [InlineData("unknown command 'frob'", "frob")]
    [InlineData("unknown command 'kb frob'", "kb", "frob")]
    [InlineData("takes one document id", "kb", "delete", "seven")]
    [InlineData("does not take --top", "kb", "list", "--top", "3")]
    [InlineData("--profile 'Bad.Profile' is invalid", "kb", "list", "--profile", "Bad.Profile")]
    [InlineData("--top must be a whole number from 1 to 50", "kb", "search", "运费", "--top", "0")]
    [InlineData("unknown option --frob", "kb", "list", "--frob")]
    [InlineData("needs a query", "kb", "search")]
    [InlineData("no such file or directory", "kb", "import", "/nonexistent/kf-cli-test")]
    public async Task Should_exit_2_naming_the_problem_and_create_no_database_when_the_command_line_is_wrong(string problem, params string[] args)
    {
        await using var db = await CliDatabase.StartAsync("sqlite");

        var result = await db.RunAsync(args);

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Contains(problem, result.Error);
        Assert.False(File.Exists(Path.Combine(db.Folder.FullName, "kf.db")), "the database was not even opened");
    }

    [Fact]
    public async Task Should_exit_2_naming_the_key_when_a_setting_is_out_of_range()
    {
        await using var db = await CliDatabase.StartAsync("sqlite");
        var sqlite = Path.Combine(db.Folder.FullName, "kf.db").Replace("\\", "/", StringComparison.Ordinal);
        var config = db.Write("bad.json", $$"""{ "Kf": { "Storage": "Sqlite" }, "ConnectionStrings": { "Sqlite": "Data Source={{sqlite}}" }, "Knowledge": { "TopK": 99 } }""");

        var result = await CliDatabase.RunBareAsync("kb", "list", "--config", config);

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Contains("Knowledge:TopK", result.Error);
    }

    [Fact]
    public async Task Should_print_the_usage_and_exit_0_when_asked_for_help()
    {
        var result = await CliDatabase.RunBareAsync("--help");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("kf kb import <path>", result.Output);
        Assert.Contains("Exit codes", result.Output);
    }
}
