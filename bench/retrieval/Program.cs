using System.Globalization;
using Kf.Bench.Retrieval;
using Kf.Knowledge.Retrieval;

// The retrieval benchmark: for each corpus size and vector dimension, index build time and memory, then
// search latency p50 / p99 / max (ms) — lexical (BM25), vector (brute force) and hybrid (both + fusion +
// confidence) — excluding the query's embedding call, which is the remote model's time.
var options = BenchOptions.Parse(args);
Console.WriteLine($"retrieval bench: {Environment.ProcessorCount} cores, {System.Runtime.InteropServices.RuntimeInformation.FrameworkDescription}, " +
    $"{options.Queries} queries per mode after {options.Warmup} warm-up, seed {options.Seed}, load average {LoadAverage()}");
Console.WriteLine("| chunks | dims | build wall / CPU (ms) | memory (MB) | lexical p50 / p99 / max | vector p50 / p99 / max | hybrid p50 / p99 / max |");
Console.WriteLine("|---|---|---|---|---|---|---|");
foreach (var size in options.Sizes)
{
    foreach (var dimensions in options.Dimensions)
    {
        Console.WriteLine(Run(size, dimensions));
    }
}

string Run(int size, int dimensions)
{
    var before = GC.GetTotalMemory(forceFullCollection: true);
    var (snapshot, queries, build, buildCpu) = IndexBuild.Run(options.Seed, size, dimensions, options.Queries);
    var memory = (GC.GetTotalMemory(forceFullCollection: true) - before) / 1024.0 / 1024.0;

    var lexical = Latency.Measure(queries, options.Warmup, q => snapshot.Lexical.Search(snapshot.Lexical.Prepare(q.Text), IndexSnapshot.CandidateDepth).Length);
    var vector = Latency.Measure(queries, options.Warmup, q => snapshot.Vectors.Search(q.Vector, IndexSnapshot.CandidateDepth).Length);
    var hybrid = Latency.Measure(queries, options.Warmup, q => snapshot.Search(q.Text, q.Vector, 4).Count);
    GC.KeepAlive(snapshot);
    return string.Create(CultureInfo.InvariantCulture, $"| {size:N0} | {dimensions} | {build:0} / {buildCpu:0} | {memory:0} | {lexical} | {vector} | {hybrid} |");
}

static string LoadAverage() =>
    File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";
