using Kf.Simulator.Bench;

// Simulator benchmark (bench/README.md): start-up time of the host process, then sync_msg and
// send_msg latency at a fixed open-loop rate over loopback.
var options = BenchOptions.Parse(args);
Console.WriteLine($"host: {options.HostDll}; rate {options.Rate}/s; {options.Calls} calls per API; {Environment.ProcessorCount} cores" +
    $"; host cpus {options.HostCpus ?? "all"}; host env [{string.Join(' ', options.HostEnv)}]; GC server {System.Runtime.GCSettings.IsServerGC}");

await StartupBench.RunAsync(options);
await using var host = await HostProcess.StartAsync(options.HostDll, options.HostCpus, options.HostEnv);
var api = await BenchApi.PrepareAsync(host.BaseAddress, customers: (options.Calls + LatencyBench.WarmupCalls) / 5 + 1);
await LatencyBench.RunAsync("sync_msg", options, host, api.SyncAsync);
await LatencyBench.RunAsync("send_msg", options, host, api.SendAsync);
