using System.Diagnostics;

namespace Kf.Simulator.Bench;

/// <summary>
/// Open loop: call i starts at t0 + i/rate whether or not earlier calls finished, so a slow answer
/// cannot hide the queueing it causes. Latency is measured from the scheduled start.
/// </summary>
internal static class LatencyBench
{
    public const int WarmupCalls = 500;

    public static async Task RunAsync(string name, BenchOptions options, HostProcess host, Func<Task<bool>> call)
    {
        // Warm-up: JIT, connection pool, tiered compilation.
        for (var i = 0; i < WarmupCalls; i++)
        {
            await call();
        }

        var latencies = new double[options.Calls];
        var failures = 0;
        var tasks = new Task[options.Calls];
        var ticksPerCall = Stopwatch.Frequency / (double)options.Rate;
        var hostCpu0 = host.CpuTime;
        var selfCpu0 = Process.GetCurrentProcess().TotalProcessorTime;
        var gc0 = GC.CollectionCount(0);
        var t0 = Stopwatch.GetTimestamp();
        // Start every call that is due, then sleep a millisecond: spinning would take one of the two cores.
        for (var i = 0; i < options.Calls;)
        {
            var due = Math.Min(options.Calls, (int)((Stopwatch.GetTimestamp() - t0) / ticksPerCall) + 1);
            for (; i < due; i++)
            {
                var index = i;
                var scheduled = t0 + (long)(i * ticksPerCall);
                tasks[i] = Task.Run(async () =>
                {
                    if (!await call())
                    {
                        Interlocked.Increment(ref failures);
                    }

                    latencies[index] = Stopwatch.GetElapsedTime(scheduled).TotalMilliseconds;
                });
            }

            Thread.Sleep(1);
        }

        await Task.WhenAll(tasks);
        var elapsed = Stopwatch.GetElapsedTime(t0).TotalSeconds;
        var hostCpu = (host.CpuTime - hostCpu0).TotalMicroseconds / options.Calls;
        var selfCpu = (Process.GetCurrentProcess().TotalProcessorTime - selfCpu0).TotalMicroseconds / options.Calls;
        var gcs = GC.CollectionCount(0) - gc0;
        Array.Sort(latencies);
        double P(double q) => latencies[Math.Min(latencies.Length - 1, (int)(q * latencies.Length))];
        Console.WriteLine(
            $"{name}: {options.Calls} calls in {elapsed:F2} s ({options.Calls / elapsed:F0}/s), errcode≠0: {failures}; " +
            $"p50 {P(0.50):F3} ms, p90 {P(0.90):F3} ms, p99 {P(0.99):F3} ms, max {latencies[^1]:F3} ms (target < 1 ms); " +
            $"CPU per call: host {hostCpu:F0} µs, generator {selfCpu:F0} µs; generator gen0 GCs {gcs}");
    }
}
