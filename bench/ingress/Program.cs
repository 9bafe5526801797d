using Kf.Ingress.Bench;

// bench/ingress/run.sh is the documented command. The ingress in-process on Kestrel (127.0.0.1),
// real RabbitMQ with publisher confirms, signed and encrypted callbacks over loopback HTTP.
var settings = BenchSettings.From(args);
Console.WriteLine($"ingress benchmark: {Environment.ProcessorCount} cores, .NET {Environment.Version}, steps of {settings.StepDuration.TotalSeconds} s");

var corpus = new CallbackCorpus(settings.CorpusSize);
await using var app = await IngressServer.StartAsync(settings.RabbitMq);
using var load = new LoadGenerator(IngressServer.Address(app), corpus, settings.MaxRequestsPerStep);

// Warm-up: JIT, connection pool, and MassTransit declaring the exchange the queue binds to.
Console.WriteLine($"warm-up: {await load.ClosedLoopAsync(16, TimeSpan.FromSeconds(3))}");
await using var queue = await BenchQueue.BindAsync(settings.RabbitMq);

long acknowledged = 0;
var best = default(StepResult);
foreach (var workers in settings.Concurrency)
{
    var step = await load.ClosedLoopAsync(workers, settings.StepDuration);
    acknowledged += step.Ok;
    Console.WriteLine(step);
    best = best is null || step.PerSecond > best.PerSecond ? step : best;
}

var fixedRate = await load.OpenLoopAsync(settings.FixedRate, settings.StepDuration);
acknowledged += fixedRate.Ok;
Console.WriteLine(fixedRate);

var depth = await queue.DepthAsync();
Console.WriteLine();
Console.WriteLine($"max sustained: {best!.PerSecond:F0} callbacks/s ({best.Name}, {best.NotOk} non-200)  target >= 5000");
Console.WriteLine($"at {settings.FixedRate}/s: p50 {fixedRate.Percentile(50):F2} ms, p99 {fixedRate.Percentile(99):F2} ms, "
    + $"{fixedRate.NotOk} non-200, {fixedRate.Dropped} dropped  target p99 <= 20 ms");
Console.WriteLine($"queue depth {depth} for {acknowledged} answered 200 (every 200 must be in the queue: {(depth >= acknowledged ? "yes" : "NO")})");
await app.StopAsync();
