using System.Diagnostics;
using Kf.Testing;

namespace Kf.Smoke.Tests;

/// <summary>One run of Kf.Smoke.CharsetProbe in a process of its own, against KF_TEST_MYSQL.</summary>
public sealed record CharsetProbeRun(int ExitCode, string Output, string Error)
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    public static async Task<CharsetProbeRun> StartAsync(bool shim)
    {
        // The SDK tells the test host which dotnet runs it; the probe is copied next to the tests.
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            Environment = { ["KF_TEST_MYSQL"] = TestServers.MySql },
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Kf.Smoke.CharsetProbe.dll"));
        if (shim)
        {
            start.ArgumentList.Add("--shim");
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(Patience);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"the charset probe did not finish within {Patience.TotalSeconds:0} s");
        }

        return new CharsetProbeRun(process.ExitCode, await output, await error);
    }
}
