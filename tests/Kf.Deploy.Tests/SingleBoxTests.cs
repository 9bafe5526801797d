namespace Kf.Deploy.Tests;

/// <summary>
/// The single box without Docker: the systemd unit as systemd reads it, and scripts/publish-allinone.sh
/// producing one self-contained executable. The all-in-one host is not on this branch yet, so the
/// script is run on the ingress (KF_PUBLISH_PROJECT): the same flags, a real publish.
/// </summary>
public sealed class SingleBoxTests
{
    [Fact]
    public async Task Should_pass_systemd_analyze_verify_when_the_executable_exists()
    {
        var unit = Path.Combine(Directory.CreateTempSubdirectory("kf-unit-").FullName, "kf.service");
        var text = Repo.Read("infra/systemd/kf.service");
        Assert.Contains("ExecStart=/opt/kf/Kf.AllInOne", text);
        await File.WriteAllTextAsync(unit, text.Replace("ExecStart=/opt/kf/Kf.AllInOne", "ExecStart=/usr/bin/true"));

        var result = await DeployTools.RunAsync("systemd-analyze", ["verify", unit]);

        Assert.True(result.ExitCode == 0 && result.Output.Trim().Length == 0, result.ToString());
    }

    [Fact]
    public void Should_harden_the_unit_when_read()
    {
        var lines = File.ReadAllLines(Repo.PathOf("infra/systemd/kf.service"));

        foreach (var expected in new[] { "User=kf", "NoNewPrivileges=yes", "ProtectSystem=strict", "ReadWritePaths=/var/lib/kf", "EnvironmentFile=/etc/kf/kf.env", "Restart=on-failure", "Environment=ASPNETCORE_URLS=http://127.0.0.1:8080" })
        {
            Assert.Contains(expected, lines);
        }

        Assert.Contains("Environment=\"ConnectionStrings__Sqlite=Data Source=/var/lib/kf/kf.db\"", lines);
    }

    [Fact]
    public async Task Should_publish_one_self_contained_executable_when_run()
    {
        var folder = Directory.CreateTempSubdirectory("kf-publish-").FullName;
        var output = Path.Combine(folder, "out");

        var result = await DeployTools.RunAsync("bash", [Repo.PathOf("scripts/publish-allinone.sh"), output],
            new Dictionary<string, string>
            {
                ["KF_PUBLISH_PROJECT"] = "services/ingress/Kf.Ingress.csproj",
                // Not the checkout's obj/: a linux-x64 restore there would change what the solution build left.
                ["KF_PUBLISH_ARTIFACTS"] = Path.Combine(folder, "artifacts"),
            }, seconds: 900);

        Assert.True(result.ExitCode == 0, result.ToString());
        var executable = Path.Combine(output, "Kf.Ingress");
        Assert.True(File.Exists(executable), $"no {executable}; published: {string.Join(", ", Directory.GetFiles(output).Select(Path.GetFileName))}");
        Assert.True((File.GetUnixFileMode(executable) & UnixFileMode.UserExecute) != 0);
        Assert.False(File.Exists(Path.Combine(output, "Kf.Ingress.dll")), "the managed code must be inside the single file");
        // Self-contained: the runtime is inside, so no libcoreclr.so or System.*.dll beside it.
        Assert.DoesNotContain(Directory.GetFiles(output), f => Path.GetFileName(f).StartsWith("System.", StringComparison.Ordinal));
    }
}
