using System.Diagnostics;
using System.Text;

namespace Kf.Deploy.Tests.Infrastructure;

/// <summary>
/// nginx, docker-compose and openssl, which scripts/ensure-deploy-tools.sh installs from Debian. A
/// missing tool fails the test saying how to install it: these checks never pass by not running.
/// </summary>
public static class DeployTools
{
    public static string Require(string tool)
    {
        var found = (Environment.GetEnvironmentVariable("PATH") ?? "/usr/bin:/usr/sbin")
            .Split(':', StringSplitOptions.RemoveEmptyEntries)
            .Append("/usr/sbin")
            .Select(dir => Path.Combine(dir, tool))
            .FirstOrDefault(File.Exists);
        return found ?? throw new InvalidOperationException(
            $"{tool} is not installed. Run scripts/ensure-deploy-tools.sh as root (scripts/test.sh does), "
            + "or: apt-get install nginx docker-compose openssl");
    }

    /// <summary>Runs a tool to completion (killed after <paramref name="seconds"/>).</summary>
    public static async Task<CommandResult> RunAsync(
        string tool, IEnumerable<string> arguments, IReadOnlyDictionary<string, string>? environment = null, int seconds = 120)
    {
        var start = new ProcessStartInfo(Require(tool))
        {
            WorkingDirectory = Repo.Root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = new StringBuilder();
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(seconds));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{tool} {string.Join(' ', start.ArgumentList)} did not finish within {seconds} s.");
        }

        output.Append(await stdout).Append(await stderr);
        return new CommandResult(process.ExitCode, output.ToString());
    }
}
