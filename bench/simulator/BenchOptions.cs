namespace Kf.Simulator.Bench;

/// <param name="HostCpus">When set, the host runs under <c>taskset -c HostCpus</c> (e.g. "0", with the
/// benchmark itself under <c>taskset -c 1</c>), so server and load generator stop taking each other's core.</param>
/// <param name="HostEnv">Extra environment for the host only, from repeated <c>--host-env NAME=VALUE</c>.</param>
internal sealed record BenchOptions(string HostDll, int Rate, int Calls, int StartRuns, string? HostCpus, IReadOnlyList<string> HostEnv)
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
            int.Parse(Arg("--start-runs", "5"), System.Globalization.CultureInfo.InvariantCulture),
            args.Contains("--host-cpus") ? Arg("--host-cpus", "") : null,
            args.Select((a, i) => (a, i)).Where(x => x.a == "--host-env" && x.i + 1 < args.Length).Select(x => args[x.i + 1]).ToList());
    }
}
