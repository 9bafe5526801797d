using System.Diagnostics;
using System.Runtime.CompilerServices;
using Kf.Knowledge.Retrieval;

namespace Kf.Bench.Retrieval;

/// <summary>
/// Generates a corpus and its queries and builds the snapshot, in a frame of its own: when it returns,
/// nothing but the snapshot and the queries is reachable (a JIT temporary in the caller could otherwise
/// keep the generated chunks, with their vectors, alive and double the memory figure).
/// </summary>
internal static class IndexBuild
{
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static (IndexSnapshot Snapshot, List<(string Text, float[] Vector)> Queries, double BuildMs, double BuildCpuMs) Run(int seed, int size, int dimensions, int queryCount)
    {
        var corpus = new SyntheticCorpus(seed);
        var chunks = corpus.Chunks(size, dimensions, "bench");
        var vectors = chunks.Select(c => c.Embedding!).ToArray();
        var queries = Enumerable.Range(0, queryCount).Select(_ => corpus.Query(chunks, vectors)).ToList();
        // CPU time too: on a shared machine the wall time says as much about the neighbours.
        var cpu = Environment.CpuUsage.TotalTime;
        var started = Stopwatch.GetTimestamp();
        var snapshot = new IndexSnapshot(1, chunks, "bench");
        return (snapshot, queries, Stopwatch.GetElapsedTime(started).TotalMilliseconds, (Environment.CpuUsage.TotalTime - cpu).TotalMilliseconds);
    }
}
