using System.Globalization;
using Kf.Sender.Bench;
using Kf.Testing;
using Kf.Testing.Simulation;

// Where a part's time goes in the sender, and how many parts per second one sender process delivers.
var options = BenchOptions.Parse(args);
var rabbitMq = Environment.GetEnvironmentVariable("KF_BENCH_RABBITMQ") ?? (await TestServers.RequireRabbitMqAsync()).ToString();
var redis = await TestServers.RequireRedisAsync();
var database = new MySqlTestDatabase();
await database.InitializeAsync();
try
{
    Console.WriteLine($"machine: {Environment.ProcessorCount} cores, load average {File.ReadAllText("/proc/loadavg").Split(' ')[0]} at start");
    foreach (var concurrency in options.Concurrency)
    {
        await using var sim = await InProcessSimulator.StartAsync(SenderBench.CorpId, SenderBench.Secret, new Dictionary<string, string?> { ["Simulator:MaxStoredItems"] = "1000000" });
        await using var sender = await SenderUnderTest.StartAsync(sim, rabbitMq, redis, database.Connections.ConnectionString, concurrency);
        var result = await Load.RunAsync(sim, sender, options.Parts, options.Chain);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"MaxConcurrency {concurrency}: {options.Parts} parts ({options.Parts / options.Chain} customers × {options.Chain} chained) in {result.Seconds:F1} s = {options.Parts / result.Seconds:F0} parts/s; send_msg calls {result.Calls}, holds {result.Holds}, load average {File.ReadAllText("/proc/loadavg").Split(' ')[0]}"));
        if (concurrency == options.Concurrency[^1] && options.Profile > 0)
        {
            await Profile.RunAsync(sim, sender, options.Profile);
        }
    }
}
finally
{
    await database.DisposeAsync();
}
