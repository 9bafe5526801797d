using System.Xml.Linq;

namespace Kf.Deploy.Tests;

/// <summary>
/// Each image: built in the .NET SDK image from the repository root, run from the ASP.NET runtime
/// image as a non-root user with a health check. No Docker engine here, so what a build would
/// find out early is checked from the files: every path it copies exists and is not excluded by
/// .dockerignore, and every project the published project references is inside what it copies.
/// </summary>
public sealed class DockerfileTests
{
    // Announced by the design and written against it, but not yet on this branch: their Dockerfiles are
    // checked as text now; the project checks below start to apply by themselves once the csproj lands.
    private static readonly string[] Announced = ["services/responder/Kf.Responder.csproj", "services/allinone/Kf.AllInOne.csproj"];

    public static TheoryData<string> Files => [.. Dockerfile.All()];

    [Fact]
    public void Should_ship_an_image_for_every_service_when_listed()
    {
        Assert.Equal(
            ["services/allinone/Dockerfile", "services/ingress/Dockerfile", "services/responder/Dockerfile", "services/sender/Dockerfile", "services/syncer/Dockerfile", "tools/simulator/Dockerfile"],
            Dockerfile.All());
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Should_build_in_the_sdk_and_run_in_the_runtime_image_when_built(string file)
    {
        var dockerfile = Dockerfile.Load(file);

        Assert.Equal(2, dockerfile.Stages.Count);
        Assert.Equal("mcr.microsoft.com/dotnet/sdk:10.0", dockerfile.Stages[0].Image);
        Assert.Equal("mcr.microsoft.com/dotnet/aspnet:10.0", dockerfile.Final.Image);
        Assert.Contains(dockerfile.Final.Arguments("COPY"), a => a.StartsWith($"--from={dockerfile.Stages[0].Name} ", StringComparison.Ordinal));
        Assert.Contains("ASPNETCORE_HTTP_PORTS=8080", dockerfile.Final.Arguments("ENV"));
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Should_run_as_a_non_root_user_with_a_health_check_when_started(string file)
    {
        var final = Dockerfile.Load(file).Final;

        var user = Assert.Single(final.Arguments("USER"));
        Assert.Contains(user, new[] { "$APP_UID", "app" });
        Assert.Equal("USER", final.Instructions[^3].Keyword);
        Assert.Contains("CMD [\"kf-healthz\"]", Assert.Single(final.Arguments("HEALTHCHECK")));
        Assert.Contains("infra/docker/kf-healthz /usr/local/bin/kf-healthz", final.Arguments("COPY"));
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Should_copy_only_what_exists_and_is_not_ignored_when_built_from_the_root(string file)
    {
        var ignored = File.ReadAllLines(Repo.PathOf(".dockerignore")).Where(l => l.Length > 0 && !l.StartsWith('#') && !l.StartsWith('!')).ToList();
        foreach (var source in Dockerfile.Load(file).Stages.SelectMany(s => s.ContextSources()))
        {
            Assert.True(File.Exists(Repo.PathOf(source)) || Directory.Exists(Repo.PathOf(source)), $"{file} copies {source}, which does not exist");
            Assert.DoesNotContain(ignored, pattern => source.StartsWith(pattern.TrimStart('*', '/'), StringComparison.Ordinal));
        }
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Should_copy_every_referenced_project_when_publishing(string file)
    {
        var build = Dockerfile.Load(file).Stages[0];
        var project = Assert.Single(build.Arguments("RUN"), r => r.StartsWith("dotnet publish ", StringComparison.Ordinal)).Split(' ')[2];
        Assert.Contains($"dotnet restore {project}", build.Arguments("RUN"));
        if (!File.Exists(Repo.PathOf(project)))
        {
            Assert.Contains(project, Announced);
            return;
        }

        var copied = build.ContextSources().ToList();
        foreach (var referenced in ProjectClosure(Repo.PathOf(project)))
        {
            var relative = Path.GetRelativePath(Repo.Root, referenced);
            Assert.True(copied.Any(c => relative.StartsWith(c, StringComparison.Ordinal)), $"{file}: {relative} is referenced but not copied");
        }
    }

    private static IEnumerable<string> ProjectClosure(string csproj)
    {
        var seen = new HashSet<string>();
        var pending = new Stack<string>([Path.GetFullPath(csproj)]);
        while (pending.TryPop(out var current))
        {
            if (!seen.Add(current))
            {
                continue;
            }

            foreach (var reference in XDocument.Load(current).Descendants("ProjectReference"))
            {
                pending.Push(Path.GetFullPath(Path.Combine(Path.GetDirectoryName(current)!, reference.Attribute("Include")!.Value)));
            }
        }

        return seen;
    }
}
