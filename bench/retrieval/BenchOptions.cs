using System.Globalization;

namespace Kf.Bench.Retrieval;

/// <summary>Command-line settings: <c>--sizes 1000,10000,100000 --dims 256,1536 --queries 300 --warmup 50 --seed 7</c>.</summary>
internal sealed record BenchOptions(int[] Sizes, int[] Dimensions, int Queries, int Warmup, int Seed)
{
    public static BenchOptions Parse(string[] args)
    {
        var options = new BenchOptions([1_000, 10_000, 100_000], [256, 1536], 300, 50, 7);
        for (var i = 0; i < args.Length; i++)
        {
            var value = i + 1 < args.Length ? args[i + 1] : throw new ArgumentException($"{args[i]} needs a value.");
            options = args[i++] switch
            {
                "--sizes" => options with { Sizes = Ints(value) },
                "--dims" => options with { Dimensions = Ints(value) },
                "--queries" => options with { Queries = Positive(value, "--queries") },
                "--warmup" => options with { Warmup = Positive(value, "--warmup") },
                "--seed" => options with { Seed = int.Parse(value, CultureInfo.InvariantCulture) },
                var other => throw new ArgumentException($"Unknown option {other}; known: --sizes --dims --queries --warmup --seed."),
            };
        }

        return options;
    }

    private static int[] Ints(string value) => [.. value.Split(',').Select(v => Positive(v, value))];

    private static int Positive(string value, string name) =>
        int.TryParse(value, CultureInfo.InvariantCulture, out var n) && n > 0 ? n : throw new ArgumentException($"{name}: '{value}' is not a positive number.");
}
