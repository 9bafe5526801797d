namespace Kf.Ingress.Bench;

// Every run is bounded: steps of a fixed duration, a capped request count, loopback only.
internal sealed record BenchSettings(
    string RabbitMq, TimeSpan StepDuration, int[] Concurrency, int FixedRate, int CorpusSize, int MaxRequestsPerStep, bool Unbound)
{
    public static BenchSettings From(string[] args)
    {
        string Arg(string name, string fallback)
        {
            var index = Array.IndexOf(args, "--" + name);
            return index >= 0 && index + 1 < args.Length ? args[index + 1] : fallback;
        }

        return new BenchSettings(
            Environment.GetEnvironmentVariable("KF_BENCH_RABBITMQ") is { Length: > 0 } uri ? uri : "amqp://guest:guest@127.0.0.1:5672/kf-bench",
            TimeSpan.FromSeconds(int.Parse(Arg("seconds", "10"))),
            [.. Arg("concurrency", "16,32,64,128").Split(',').Select(int.Parse)],
            int.Parse(Arg("rate", "2000")),
            int.Parse(Arg("corpus", "2000")),
            int.Parse(Arg("max-requests", "300000")),
            // No queue bound to the exchange: the broker confirms without writing to a queue.
            args.Contains("--unbound"));
    }
}
