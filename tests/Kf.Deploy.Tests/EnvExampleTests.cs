using System.Text.RegularExpressions;

namespace Kf.Deploy.Tests;

/// <summary>.env.example is complete for the compose files and holds no real secret.</summary>
public sealed partial class EnvExampleTests
{
    private readonly IReadOnlyDictionary<string, string> _example = EnvFile.Load(".env.example");

    [Theory]
    [InlineData("docker-compose.yml")]
    [InlineData("docker-compose.ops.yml")]
    public void Should_define_every_variable_when_the_compose_file_uses_it(string file)
    {
        var missing = ComposeFile.Load(file).Variables.Where(v => !_example.ContainsKey(v)).ToList();
        Assert.True(missing.Count == 0, $".env.example lacks {string.Join(", ", missing)} used by {file}");
    }

    [Fact]
    public void Should_hold_only_placeholders_when_a_value_is_secret()
    {
        foreach (var (name, value) in _example.Where(e => Secret().IsMatch(e.Key)))
        {
            Assert.True(value.Length == 0 || value.StartsWith("replace-", StringComparison.Ordinal), $"{name} holds something that is not a placeholder");
        }
    }

    [Fact]
    public void Should_not_be_copied_into_an_image_or_committed_when_filled_in()
    {
        Assert.Contains(".env", File.ReadAllLines(Repo.PathOf(".gitignore")));
        Assert.Contains(".env", File.ReadAllLines(Repo.PathOf(".dockerignore")));
    }

    [GeneratedRegex("(PASSWORD|SECRET|TOKEN|API_KEY|AES_KEY)$")]
    private static partial Regex Secret();
}
