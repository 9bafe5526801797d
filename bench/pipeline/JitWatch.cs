using System.Diagnostics;
using System.Globalization;
using Kf.Testing;

namespace Kf.Pipeline.Bench;

/// <summary>
/// The services' JIT compilation time (<c>dotnet_jit_compilation_time_total</c> on each one's
/// <c>/metrics</c>, from the System.Runtime meter). A freshly started service compiles its hot paths
/// again at tier 1 in the background for the first tens of seconds of traffic; on this 2-core box the
/// four services did ~14 s of it in the first ~9 s after a 300-message warm-up, and the main run's
/// first seconds measured that (a ~1.5 s latency tail), not the pipeline. The benchmark therefore
/// starts the main run only once the JIT has gone quiet.
/// </summary>
public static class JitWatch
{
    private const string Metric = "dotnet_jit_compilation_time_total";

    /// <summary>Seconds each service has spent in the JIT since it started; a service whose /metrics did not answer is left out.</summary>
    public static async Task<Dictionary<string, double>> ReadAsync(HttpClient http, IEnumerable<ServiceProcess> services)
    {
        var seconds = new Dictionary<string, double>();
        foreach (var service in services)
        {
            try
            {
                var text = await http.GetStringAsync(new Uri(service.Address, "/metrics"));
                var line = text.Split('\n').FirstOrDefault(l => l.StartsWith(Metric + " ", StringComparison.Ordinal));
                if (line is not null)
                {
                    seconds[service.Name] = double.Parse(line[(Metric.Length + 1)..], CultureInfo.InvariantCulture);
                }
            }
            catch (HttpRequestException)
            {
            }
        }

        return seconds;
    }

    /// <summary>
    /// Waits, idle, until the services together compiled less than <paramref name="quietMsPerSecond"/>
    /// in each of two consecutive seconds (the background tier-1 queue is drained), at most
    /// <paramref name="max"/>. Returns how long it waited, whether it settled and each service's JIT total.
    /// </summary>
    public static async Task<(TimeSpan Waited, bool Settled, Dictionary<string, double> Seconds)> WaitSettledAsync(
        HttpClient http, IReadOnlyCollection<ServiceProcess> services, double quietMsPerSecond, TimeSpan max)
    {
        var start = Stopwatch.GetTimestamp();
        var before = await ReadAsync(http, services);
        var quiet = 0;
        while (quiet < 2 && Stopwatch.GetElapsedTime(start) < max)
        {
            await Task.Delay(1000);
            var now = await ReadAsync(http, services);
            var grew = now.Sum(s => s.Value - before.GetValueOrDefault(s.Key, s.Value)) * 1000;
            quiet = grew < quietMsPerSecond ? quiet + 1 : 0;
            before = now;
        }

        return (Stopwatch.GetElapsedTime(start), quiet >= 2, before);
    }
}
