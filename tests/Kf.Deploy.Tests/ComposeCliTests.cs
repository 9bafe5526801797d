namespace Kf.Deploy.Tests;

/// <summary>
/// Debian's docker-compose (1.29) validates the files against its schema and resolves them, as
/// `docker compose up` would before it starts anything. No Docker engine is needed for that.
/// </summary>
public sealed class ComposeCliTests
{
    [Theory]
    [InlineData(null, null)]
    [InlineData(null, "sandbox")]
    [InlineData("docker-compose.ops.yml", "sandbox")]
    public async Task Should_accept_the_compose_files_when_checked_by_docker_compose(string? overrideFile, string? profile)
    {
        string[] files = overrideFile is null ? ["--file", "docker-compose.yml"] : ["--file", "docker-compose.yml", "--file", overrideFile];
        string[] profiles = profile is null ? [] : ["--profile", profile];

        var result = await DeployTools.RunAsync("docker-compose", [.. files, .. profiles, "--env-file", ".env.example", "config", "--quiet"]);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.DoesNotContain("WARNING", result.Output);
    }

    [Fact]
    public async Task Should_list_the_simulator_when_the_sandbox_profile_is_on()
    {
        var result = await DeployTools.RunAsync("docker-compose", ["--env-file", ".env.example", "--profile", "sandbox", "config", "--services"]);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("simulator", result.Output.Split('\n'));
    }

    [Fact]
    public async Task Should_reject_a_broken_file_when_checked_by_docker_compose()
    {
        // The check above means something only if docker-compose does reject a bad file.
        var broken = Path.Combine(Directory.CreateTempSubdirectory("kf-compose-").FullName, "docker-compose.yml");
        await File.WriteAllTextAsync(broken, Repo.Read("docker-compose.yml").Replace("restart: unless-stopped", "restart: [unless-stopped]"));

        var result = await DeployTools.RunAsync("docker-compose", ["--file", broken, "--env-file", Repo.PathOf(".env.example"), "config", "--quiet"]);

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("restart", result.Output);
    }
}
