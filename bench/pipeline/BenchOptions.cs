using System.Globalization;

namespace Kf.Pipeline.Bench;

public sealed record BenchOptions
{
    public double Rate { get; init; } = 100;

    public int Seconds { get; init; } = 60;

    public int Customers { get; init; } = 500;

    /// <summary>
    /// Messages at 50/s before the main run, not counted: by default two per customer, so the main
    /// run meets no first contact and no code path for the first time (300 left the main run's first
    /// seconds in the services' JIT: bench/README.md, Pipeline).
    /// </summary>
    public int WarmupMessages => WarmupOverride ?? 2 * Customers;

    public int? WarmupOverride { get; init; }

    /// <summary>After the warm-up, the longest wait for the services' JIT to go quiet (<see cref="JitWatch"/>); 0 skips it.</summary>
    public int WarmSeconds { get; init; } = 60;

    public double[] Steps { get; init; } = [25, 50, 100, 200, 400, 700, 1000];

    public int StepSeconds { get; init; } = 10;

    /// <summary>Bound on waiting for the last answers after a run's last message.</summary>
    public int DrainSeconds { get; init; } = 90;

    /// <summary>A step is kept up when every message is answered and p99 stays under this.</summary>
    public double KeptUpP99Ms { get; init; } = 1000;

    public int SenderRate { get; init; } = 10000;

    public string LogLevel { get; init; } = "Warning";

    public string RabbitMq { get; init; } = Env("KF_BENCH_RABBITMQ", "amqp://guest:guest@127.0.0.1:5672/");

    public string Redis { get; init; } = Env("KF_TEST_REDIS", "127.0.0.1:6379");

    public string MySql { get; init; } = Env("KF_TEST_MYSQL", "Server=127.0.0.1;Port=3306;Database=kf_test;User ID=kf;Password=kf;");

    public Dictionary<string, string> ServiceEnv { get; init; } = [];

    public static BenchOptions Parse(string[] args)
    {
        var o = new BenchOptions();
        var env = new Dictionary<string, string>();
        for (var i = 0; i < args.Length; i++)
        {
            var value = i + 1 < args.Length ? args[i + 1] : throw new ArgumentException($"{args[i]} needs a value");
            i++;
            o = args[i - 1] switch
            {
                "--rate" => o with { Rate = D(value) },
                "--seconds" => o with { Seconds = int.Parse(value, CultureInfo.InvariantCulture) },
                "--customers" => o with { Customers = int.Parse(value, CultureInfo.InvariantCulture) },
                "--warmup" => o with { WarmupOverride = int.Parse(value, CultureInfo.InvariantCulture) },
                "--warm-seconds" => o with { WarmSeconds = int.Parse(value, CultureInfo.InvariantCulture) },
                "--steps" => o with { Steps = value.Length == 0 || value == "none" ? [] : [.. value.Split(',').Select(D)] },
                "--step-seconds" => o with { StepSeconds = int.Parse(value, CultureInfo.InvariantCulture) },
                "--drain-seconds" => o with { DrainSeconds = int.Parse(value, CultureInfo.InvariantCulture) },
                "--sender-rate" => o with { SenderRate = int.Parse(value, CultureInfo.InvariantCulture) },
                "--log-level" => o with { LogLevel = value },
                "--rabbitmq" => o with { RabbitMq = value },
                "--service-env" => AddEnv(o, env, value),
                var unknown => throw new ArgumentException($"unknown option {unknown}"),
            };
        }

        if (o.Seconds is < 1 or > 600 || o.StepSeconds is < 1 or > 120 || o.Rate is <= 0 or > 5000 || o.Steps.Length > 10
            || o.Steps.Any(s => s is <= 0 or > 5000) || o.DrainSeconds is < 1 or > 300 || o.Customers < 1
            || o.WarmupOverride < 0 || o.WarmSeconds is < 0 or > 600)
        {
            throw new ArgumentException("out of bounds: seconds 1–600, step-seconds 1–120, rates 0–5000/s, at most 10 steps, drain 1–300 s, warmup ≥ 0, warm-seconds 0–600");
        }

        return o with { ServiceEnv = env };
    }

    private static BenchOptions AddEnv(BenchOptions o, Dictionary<string, string> env, string value)
    {
        var eq = value.IndexOf('=', StringComparison.Ordinal);
        env[value[..eq]] = value[(eq + 1)..];
        return o;
    }

    private static double D(string s) => double.Parse(s, CultureInfo.InvariantCulture);

    private static string Env(string name, string fallback) =>
        Environment.GetEnvironmentVariable(name) is { Length: > 0 } v ? v : fallback;
}
