using System.Diagnostics;
using System.Globalization;

namespace Kf.Bench.Retrieval;

/// <summary>Times one search per query after a warm-up (at least <c>warmup</c> searches and one second), and reports percentiles in milliseconds.</summary>
internal static class Latency
{
    public static string Measure<T>(IReadOnlyList<T> queries, int warmup, Func<T, int> search)
    {
        // At least a second of warm-up too: tiered compilation promotes hot methods to optimized code only
        // after they have been called for a while, and a 1k-chunk search is over in microseconds.
        var sink = 0;
        var warming = Stopwatch.GetTimestamp();
        for (var i = 0; i < warmup || (Stopwatch.GetElapsedTime(warming) < TimeSpan.FromSeconds(1) && i < 100_000); i++)
        {
            sink += search(queries[i % queries.Count]);
        }

        var times = new double[queries.Count];
        for (var i = 0; i < queries.Count; i++)
        {
            var started = Stopwatch.GetTimestamp();
            sink += search(queries[i]);
            times[i] = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        }

        Array.Sort(times);
        GC.KeepAlive(sink);
        return string.Create(CultureInfo.InvariantCulture, $"{At(times, 0.5):0.000} / {At(times, 0.99):0.000} / {times[^1]:0.000}");
    }

    private static double At(double[] sorted, double quantile) => sorted[(int)Math.Ceiling(quantile * sorted.Length) - 1];
}
