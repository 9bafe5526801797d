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
await using var queue = settings.Unbound ? null : await BenchQueue.BindAsync(settings.RabbitMq);
Console.WriteLine(settings.Unbound ? "no queue bound: confirms without a queue write" : "durable queue bound: each confirm includes a queue write");

long acknowledged = 0, kept = 0;
var best = default(StepResult);
foreach (var workers in settings.Concurrency)
{
    var step = await load.ClosedLoopAsync(workers, settings.StepDuration);
    acknowledged += step.Ok;
    kept += queue is null ? step.Ok : await queue.TakeAllAsync();
    Console.WriteLine(step);
    best = best is null || step.PerSecond > best.PerSecond ? step : best;
}

var fixedRate = await load.OpenLoopAsync(settings.FixedRate, settings.StepDuration);
acknowledged += fixedRate.Ok;
kept += queue is null ? fixedRate.Ok : await queue.TakeAllAsync();
Console.WriteLine(fixedRate);

Console.WriteLine();
Console.WriteLine($"max sustained: {best!.PerSecond:F0} callbacks/s ({best.Name}, {best.NotOk} non-200)  target >= 5000");
Console.WriteLine($"at {settings.FixedRate}/s: p50 {fixedRate.Percentile(50):F2} ms, p99 {fixedRate.Percentile(99):F2} ms, "
    + $"{fixedRate.NotOk} non-200, {fixedRate.Dropped} dropped  target p99 <= 20 ms");
Console.WriteLine(queue is null ? "no queue bound: depth not checked" : $"queue held {kept} for {acknowledged} answered 200 (every 200 must be in the queue: {(kept >= acknowledged ? "yes" : "NO")})");
await app.StopAsync();
