namespace Kf.Simulator.Bench;

internal static class StartupBench
{
    public static async Task RunAsync(BenchOptions options)
    {
        var times = new List<double>();
        for (var i = 0; i < options.StartRuns; i++)
        {
            await using var host = await HostProcess.StartAsync(options.HostDll);
            times.Add(host.Startup.TotalMilliseconds);
        }

        times.Sort();
        Console.WriteLine($"startup (process start → first /healthz 200), {times.Count} runs: median {times[times.Count / 2]:F0} ms, max {times[^1]:F0} ms (target < 2000 ms)");
    }
}
