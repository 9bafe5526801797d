namespace Kf.Simulator.Bench;

internal sealed record BenchOptions(string HostDll, int Rate, int Calls, int StartRuns)
{
    public static BenchOptions Parse(string[] args)
    {
        string Arg(string name, string fallback)
        {
            var i = Array.IndexOf(args, name);
            return i >= 0 && i + 1 < args.Length ? args[i + 1] : fallback;
        }

        // The host built next to this benchmark: tools/simulator/bin/<same configuration>/net10.0.
        var root = new DirectoryInfo(AppContext.BaseDirectory);
        while (root.Parent is not null && !File.Exists(Path.Combine(root.FullName, "Kf.sln")))
        {
            root = root.Parent;
        }

        var configuration = new DirectoryInfo(Path.TrimEndingDirectorySeparator(AppContext.BaseDirectory)).Parent!.Name;
        var defaultDll = Path.Combine(root.FullName, "tools", "simulator", "bin", configuration, "net10.0", "Kf.Simulator.dll");
        return new BenchOptions(
            Arg("--host", defaultDll),
            int.Parse(Arg("--rate", "1000"), System.Globalization.CultureInfo.InvariantCulture),
            int.Parse(Arg("--calls", "10000"), System.Globalization.CultureInfo.InvariantCulture),
            int.Parse(Arg("--start-runs", "5"), System.Globalization.CultureInfo.InvariantCulture));
    }
}
