using System.Globalization;

namespace Kf.Sender.Bench;

/// <summary>--parts N (default 3000), --chain K parts per customer (1–5, default 5), --concurrency a,b (default 8,32), --profile N calls per operation (default 300, 0 = off).</summary>
internal sealed record BenchOptions(int Parts, int Chain, int[] Concurrency, int Profile)
{
    public static BenchOptions Parse(string[] args)
    {
        var options = new BenchOptions(3000, 5, [8, 32], 300);
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            options = args[i] switch
            {
                "--parts" => options with { Parts = Int(args[i + 1]) },
                "--chain" => options with { Chain = Math.Clamp(Int(args[i + 1]), 1, 5) },
                "--concurrency" => options with { Concurrency = [.. args[i + 1].Split(',').Select(Int)] },
                "--profile" => options with { Profile = Int(args[i + 1]) },
                _ => throw new ArgumentException($"unknown option {args[i]}"),
            };
        }

        return options;
    }

    private static int Int(string text) => int.Parse(text, CultureInfo.InvariantCulture);
}
