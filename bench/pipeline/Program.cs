using System.Globalization;
using Kf.Pipeline.Bench;

// bench/pipeline: callback → send_msg latency through the four services on RabbitMQ (bench/README.md, "Pipeline").
CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
var options = BenchOptions.Parse(args);
var total = options.WarmupMessages + (int)(options.Rate * options.Seconds) + options.Steps.Sum(s => (int)(s * options.StepSeconds)) + 10;
var recorder = new Recorder(total);
Console.WriteLine($"# Kf pipeline benchmark, {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC, {Environment.ProcessorCount} cores, .NET {Environment.Version}, load {ProcStats.LoadAverage()}");
Console.WriteLine($"rate {options.Rate}/s for {options.Seconds} s, {options.Customers} customers; warm-up {options.WarmupMessages} msgs at 50/s, then ≤ {options.WarmSeconds} s for the JIT to settle; steps {string.Join(',', options.Steps)}/s × {options.StepSeconds} s; Sender:RatePerSecond {options.SenderRate}; service log level {options.LogLevel}");
Console.WriteLine($"broker {new Uri(options.RabbitMq).AbsolutePath} (vhost), Redis {options.Redis}");

await using var pipeline = await Pipeline.StartAsync(options, recorder);
Console.WriteLine($"database {pipeline.Database}; logs {pipeline.Logs}; pids {string.Join(", ", pipeline.Pids.Select(p => $"{p.Key} {p.Value}"))}");

var watched = new Dictionary<string, int>(pipeline.Pids) { ["bench (sim+model+generator)"] = Environment.ProcessId };
foreach (var (label, comm) in new[] { ("rabbitmq (beam.smp)", "beam.smp"), ("mariadbd", "mariadbd"), ("redis-server", "redis-server") })
{
    if (ProcStats.FindByName(comm) is { } pid)
    {
        watched[label] = pid;
    }
}

using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 256, PooledConnectionLifetime = TimeSpan.FromMinutes(10) })
{
    Timeout = TimeSpan.FromSeconds(30),
};

await Task.Delay(3000);
var idle = pipeline.Pids.ToDictionary(p => p.Key, p => ProcStats.RssMiB(p.Value));
Console.WriteLine("idle RSS (MiB, 3 s after all were ready): " + string.Join(", ", idle.Select(r => $"{r.Key} {r.Value:F0}")));

var runs = new List<RunResult>();
if (options.WarmupMessages > 0)
{
    runs.Add(Print(await LoadRun.RunAsync(pipeline, http, "warm-up", 50, options.WarmupMessages, watched)));
    await Task.Delay(2000);
}

if (options.WarmSeconds > 0)
{
    // The main run measures the pipeline warm, not the services' background tier-1 JIT (JitWatch).
    var (waited, settled, jit) = await JitWatch.WaitSettledAsync(http, [.. pipeline.Services], quietMsPerSecond: 50, TimeSpan.FromSeconds(options.WarmSeconds));
    Console.WriteLine($"JIT since start (s): {string.Join(", ", jit.Select(j => $"{j.Key} {j.Value:F1}"))}; " +
        (settled ? $"quiet (< 50 ms/s) after {waited.TotalSeconds:F0} s more" : $"**still compiling after {waited.TotalSeconds:F0} s**: the main run starts cold"));
}

var main = Print(await LoadRun.RunAsync(pipeline, http, $"{options.Rate}/s", options.Rate, (int)(options.Rate * options.Seconds), watched));
runs.Add(main);

double? sustained = null;
foreach (var step in options.Steps)
{
    await Task.Delay(3000);
    var result = Print(await LoadRun.RunAsync(pipeline, http, $"step {step}/s", step, (int)(step * options.StepSeconds), watched));
    runs.Add(result);
    if (!result.KeptUp(options.KeptUpP99Ms))
    {
        Console.WriteLine($"  → fell behind at {step}/s (kept up: every message answered and p99 ≤ {options.KeptUpP99Ms} ms)");
        break;
    }

    sustained = step;
}

Console.WriteLine();
Console.WriteLine("## Summary");
Console.WriteLine($"p50 / p90 / p99 / max at {options.Rate}/s: {main.P50:F1} / {main.P90:F1} / {main.P99:F1} / {main.Max:F1} ms");
Console.WriteLine($"max sustained (highest step kept up): {(sustained is { } s ? $"{s}/s" : "none of the steps")}");
Console.WriteLine();
Console.WriteLine("| service | RSS idle (MiB) | RSS peak under load (MiB) |");
Console.WriteLine("|---|---|---|");
foreach (var (name, rss) in idle)
{
    Console.WriteLine($"| {name} | {rss:F0} | {main.PeakRssMiB[name]:F0} |");
}

Console.WriteLine();
Console.WriteLine("| run | msgs | offered/s | p50 | p90 | p99 | max (ms) | replies/s | answered once | doubled | missing | send_msg repeated | POST failed | machine cores busy | load |");
Console.WriteLine("|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|");
foreach (var r in runs)
{
    Console.WriteLine($"| {r.Name} | {r.Messages} | {r.OfferedRate:F0} | {r.P50:F1} | {r.P90:F1} | {r.P99:F1} | {r.Max:F0} | {r.ReplyRate:F0} | {r.AnsweredOnce} | {r.Doubled} | {r.Missing} | {r.RepeatedSendCalls} | {r.PostFailures} | {r.MachineCores:F2} | {r.Load} |");
}

Console.WriteLine();
Console.WriteLine("CPU per process, cores (CPU seconds / wall seconds over each run incl. drain):");
Console.WriteLine("| run | " + string.Join(" | ", watched.Keys) + " |");
Console.WriteLine("|---|" + string.Concat(watched.Keys.Select(_ => "---|")));
foreach (var r in runs)
{
    Console.WriteLine($"| {r.Name} | " + string.Join(" | ", watched.Keys.Select(k => r.Cores[k].ToString("F2", CultureInfo.InvariantCulture))) + " |");
}

Console.WriteLine($"\nmodel requests {pipeline.Model.Requests}; send_msg calls without a q-tag {recorder.UnparsedSends}");
var lost = runs.Sum(r => r.Missing);
var doubled = runs.Sum(r => r.Doubled);
Console.WriteLine(lost == 0 && doubled == 0 ? "correctness: every message answered exactly once" : $"correctness: **{lost} unanswered, {doubled} answered more than once**");
return 0;

static RunResult Print(RunResult r)
{
    Console.WriteLine($"{r.Name}: {r.Messages} msgs offered at {r.OfferedRate:F0}/s (max generator lag {r.MaxLagMs:F0} ms, {r.PostFailures} POST failed); " +
        $"answered {r.Answered} (once {r.AnsweredOnce}, doubled {r.Doubled}, missing {r.Missing}, send_msg repeated {r.RepeatedSendCalls}); " +
        $"latency p50 {r.P50:F1} p90 {r.P90:F1} p99 {r.P99:F1} max {r.Max:F0} ms; replies {r.ReplyRate:F0}/s; drain {r.Drain.TotalSeconds:F1} s; " +
        $"machine {r.MachineCores:F2} cores busy; load {r.Load}");
    Console.WriteLine($"   split ({r.Split} msgs): simulator received → responder's service_state/get p50 {r.ToStateP50:F1} p99 {r.ToStateP99:F1} ms; " +
        $"service_state/get → send_msg handled p50 {r.FromStateP50:F1} p99 {r.FromStateP99:F1} ms");
    Console.WriteLine("   cores: " + string.Join(", ", r.Cores.Select(c => $"{c.Key} {c.Value:F2}")));
    return r;
}
