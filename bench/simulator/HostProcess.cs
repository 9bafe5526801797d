using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Kf.Simulator.Bench;

/// <summary>The standalone simulator as a child process on a free loopback port.</summary>
internal sealed class HostProcess(Process process, Uri baseAddress, TimeSpan startup) : IAsyncDisposable
{
    public Uri BaseAddress { get; } = baseAddress;

    /// <summary>From process start to the first 200 from /healthz.</summary>
    public TimeSpan Startup { get; } = startup;

    /// <summary>CPU time the host has used so far (user + system), to split a run's cost between server and generator.</summary>
    public TimeSpan CpuTime
    {
        get
        {
            process.Refresh();
            return process.TotalProcessorTime;
        }
    }

    public static async Task<HostProcess> StartAsync(string hostDll, string? cpus = null, IReadOnlyList<string>? env = null)
    {
        if (!File.Exists(hostDll))
        {
            throw new FileNotFoundException($"Build the host first (dotnet build -c Release tools/simulator) or pass --host: {hostDll}");
        }

        var port = FreePort();
        // taskset execs dotnet in place, so the process id (and Kill) stay the host's.
        var start = new ProcessStartInfo(cpus is null ? "dotnet" : "taskset") { RedirectStandardOutput = true, RedirectStandardError = true };
        var prefix = cpus is null ? [] : new[] { "-c", cpus, "dotnet" };
        foreach (var arg in prefix.Concat([hostDll, "--urls", $"http://127.0.0.1:{port}"]))
        {
            start.ArgumentList.Add(arg);
        }

        // A bot in steady state pulls with the callback Token; the benchmark pulls without one, so lift the limit.
        start.Environment["Simulator__SyncWithoutTokenPerMinute"] = "10000000";
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        foreach (var pair in env ?? [])
        {
            var eq = pair.IndexOf('=', StringComparison.Ordinal);
            start.Environment[pair[..eq]] = pair[(eq + 1)..];
        }

        var watch = Stopwatch.StartNew();
        var process = Process.Start(start)!;
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var baseAddress = new Uri($"http://127.0.0.1:{port}");
        using var http = new HttpClient { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(1) };
        while (watch.Elapsed < TimeSpan.FromSeconds(30))
        {
            try
            {
                using var response = await http.GetAsync("/healthz");
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return new HostProcess(process, baseAddress, watch.Elapsed);
                }
            }
            catch (HttpRequestException)
            {
                await Task.Delay(2);
            }
        }

        process.Kill(entireProcessTree: true);
        throw new TimeoutException("The simulator did not answer /healthz within 30 s.");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }

        process.Dispose();
    }
}
