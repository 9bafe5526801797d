using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;

namespace Kf.Pipeline.Bench;

/// <summary>What one open-loop run found.</summary>
public sealed record RunResult(
    string Name, double Rate, int Messages, double OfferedRate, double MaxLagMs, int PostFailures,
    int Answered, int AnsweredOnce, int Doubled, int Missing, int RepeatedSendCalls,
    double P50, double P90, double P99, double Max, double ReplyRate, TimeSpan Drain,
    Dictionary<string, double> Cores, double MachineCores, Dictionary<string, double> PeakRssMiB, string Load,
    double ToStateP50, double ToStateP99, double FromStateP50, double FromStateP99, int Split)
{
    public bool KeptUp(double p99Bound) => Missing == 0 && PostFailures == 0 && P99 <= p99Bound;
}

/// <summary>
/// Open loop: message i is due at t0 + i/rate whatever the pipeline does, posted as customer
/// <c>i mod customers</c> to the simulator; then a bounded wait until every message has its answer.
/// </summary>
public static class LoadRun
{
    private static int s_nextSeq;

    public static async Task<RunResult> RunAsync(Pipeline pipeline, HttpClient http, string name, double rate, int count, Dictionary<string, int> watched)
    {
        var options = pipeline.Options;
        var recorder = pipeline.Recorder;
        var first = s_nextSeq;
        s_nextSeq += count;
        if (s_nextSeq > recorder.Capacity)
        {
            throw new InvalidOperationException("recorder capacity exceeded");
        }

        var uri = new Uri(pipeline.Sim.BaseAddress, "/sim/customers/");
        var cpuBefore = watched.ToDictionary(w => w.Key, w => ProcStats.CpuSeconds(w.Value));
        var machineBefore = ProcStats.MachineCpu();
        var peak = watched.ToDictionary(w => w.Key, _ => 0.0);
        using var sampling = new CancellationTokenSource();
        var sampler = Task.Run(async () =>
        {
            while (!sampling.IsCancellationRequested)
            {
                foreach (var (key, pid) in watched)
                {
                    peak[key] = Math.Max(peak[key], ProcStats.RssMiB(pid));
                }

                try
                {
                    await Task.Delay(250, sampling.Token);
                }
                catch (OperationCanceledException)
                {
                }
            }
        });

        var posts = new List<Task<bool>>(count);
        var start = Stopwatch.GetTimestamp();
        long maxLag = 0;
        for (var i = 0; i < count; i++)
        {
            var due = start + (long)(i * (double)Stopwatch.Frequency / rate);
            long now;
            while ((now = Stopwatch.GetTimestamp()) < due)
            {
                await Task.Delay(1);
            }

            maxLag = Math.Max(maxLag, now - due);
            posts.Add(PostAsync(http, uri, pipeline.Sim.OpenKfId, first + i, options.Customers));
        }

        var sendEnd = Stopwatch.GetTimestamp();
        var results = await Task.WhenAll(posts);
        var drainStart = Stopwatch.GetTimestamp();
        var deadline = drainStart + options.DrainSeconds * Stopwatch.Frequency;
        while (recorder.AnsweredIn(first, first + count) < count && Stopwatch.GetTimestamp() < deadline)
        {
            await Task.Delay(100);
        }

        var end = Stopwatch.GetTimestamp();
        var wall = Stopwatch.GetElapsedTime(start, end).TotalSeconds;
        var cores = watched.ToDictionary(w => w.Key, w => (ProcStats.CpuSeconds(w.Value) - cpuBefore[w.Key]) / wall);
        var machineAfter = ProcStats.MachineCpu();
        var load = ProcStats.LoadAverage();
        await sampling.CancelAsync();
        await sampler;

        // Let a late duplicate (a redelivery, a retried send) land before counting.
        await Task.Delay(2000);
        var perSeq = new int[count];
        foreach (var (_, seq) in await pipeline.Sim.SentAsync(http))
        {
            if (seq >= first && seq < first + count)
            {
                perSeq[seq - first]++;
            }
        }

        var latencies = new List<double>(count);
        var toState = new List<double>(count);
        var fromState = new List<double>(count);
        long lastAnswer = 0;
        long firstReceived = long.MaxValue;
        var repeated = 0;
        for (var i = 0; i < count; i++)
        {
            var (received, answered) = (recorder.ReceivedAt(first + i), recorder.AnsweredAt(first + i));
            if (recorder.SendCalls(first + i) > 1)
            {
                repeated++;
            }

            if (received != 0 && answered != 0 && perSeq[i] > 0)
            {
                latencies.Add(Stopwatch.GetElapsedTime(received, answered).TotalMilliseconds);
                var state = recorder.StateCheckAt(SimHost.Customer(first + i, options.Customers), (first + i) / options.Customers);
                if (state > received && state < answered)
                {
                    toState.Add(Stopwatch.GetElapsedTime(received, state).TotalMilliseconds);
                    fromState.Add(Stopwatch.GetElapsedTime(state, answered).TotalMilliseconds);
                }
                lastAnswer = Math.Max(lastAnswer, answered);
                firstReceived = Math.Min(firstReceived, received);
            }
        }

        latencies.Sort();
        toState.Sort();
        fromState.Sort();
        return new RunResult(
            name, rate, count,
            OfferedRate: count / Math.Max(1e-9, Stopwatch.GetElapsedTime(start, sendEnd).TotalSeconds + 1 / rate),
            MaxLagMs: maxLag * 1000.0 / Stopwatch.Frequency,
            PostFailures: results.Count(ok => !ok),
            Answered: perSeq.Count(n => n > 0),
            AnsweredOnce: perSeq.Count(n => n == 1),
            Doubled: perSeq.Count(n => n > 1),
            Missing: perSeq.Count(n => n == 0),
            RepeatedSendCalls: repeated,
            P50: Percentile(latencies, 0.50), P90: Percentile(latencies, 0.90), P99: Percentile(latencies, 0.99),
            Max: latencies.Count == 0 ? double.NaN : latencies[^1],
            ReplyRate: latencies.Count < 2 ? 0 : latencies.Count / Stopwatch.GetElapsedTime(firstReceived, lastAnswer).TotalSeconds,
            Drain: Stopwatch.GetElapsedTime(drainStart, end),
            Cores: cores,
            MachineCores: (machineAfter.Busy - machineBefore.Busy) / wall,
            PeakRssMiB: peak,
            Load: load,
            ToStateP50: Percentile(toState, 0.5), ToStateP99: Percentile(toState, 0.99),
            FromStateP50: Percentile(fromState, 0.5), FromStateP99: Percentile(fromState, 0.99), Split: toState.Count);
    }

    private static async Task<bool> PostAsync(HttpClient http, Uri customers, string openKfId, int seq, int customerCount)
    {
        var customer = SimHost.Customer(seq, customerCount);
        var body = new JsonObject { ["open_kfid"] = openKfId, ["msgtype"] = "text", ["text"] = SimHost.Question(seq) }.ToJsonString();
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(customers, customer + "/messages"))
        {
            Content = new StringContent(body, Encoding.UTF8, "application/json"),
        };
        request.Headers.Add(SimHost.SeqHeader, seq.ToString(CultureInfo.InvariantCulture));
        try
        {
            using var response = await http.SendAsync(request);
            return response.IsSuccessStatusCode;
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
        {
            return false;
        }
    }

    private static double Percentile(List<double> sorted, double p) =>
        sorted.Count == 0 ? double.NaN : sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p * sorted.Count) - 1)];
}
