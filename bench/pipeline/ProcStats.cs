using System.Globalization;

namespace Kf.Pipeline.Bench;

/// <summary>/proc readings: a process's resident set (VmRSS) and CPU time (utime + stime).</summary>
public static class ProcStats
{
    private const double TicksPerSecond = 100; // USER_HZ on Linux

    /// <summary>VmRSS in MiB, or -1 when the process is gone.</summary>
    public static double RssMiB(int pid)
    {
        try
        {
            foreach (var line in File.ReadLines($"/proc/{pid}/status"))
            {
                if (line.StartsWith("VmRSS:", StringComparison.Ordinal))
                {
                    return long.Parse(line[6..].Trim().Split(' ')[0], CultureInfo.InvariantCulture) / 1024.0;
                }
            }
        }
        catch (IOException)
        {
        }

        return -1;
    }

    /// <summary>CPU seconds used so far (user + system), or -1 when the process is gone.</summary>
    public static double CpuSeconds(int pid)
    {
        try
        {
            var stat = File.ReadAllText($"/proc/{pid}/stat");
            // Fields after the command name, which is in parentheses and may hold spaces.
            var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            // utime and stime are fields 14 and 15 of stat, 12 and 13 after "pid (comm) ".
            return (long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture)) / TicksPerSecond;
        }
        catch (IOException)
        {
            return -1;
        }
    }

    /// <summary>The whole machine's busy and total CPU seconds (all cores) from /proc/stat.</summary>
    public static (double Busy, double Total) MachineCpu()
    {
        var fields = File.ReadLines("/proc/stat").First().Split(' ', StringSplitOptions.RemoveEmptyEntries)[1..]
            .Select(f => long.Parse(f, CultureInfo.InvariantCulture)).ToArray();
        var idle = fields[3] + fields[4];
        var total = fields.Take(8).Sum();
        return ((total - idle) / TicksPerSecond, total / TicksPerSecond);
    }

    public static string LoadAverage() => string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3));

    /// <summary>The process whose command line holds <paramref name="argument"/> (e.g. the service's --urls address).</summary>
    public static int? FindByArgument(string argument) => Scan(args => args.Contains(argument));

    /// <summary>
    /// The process with this executable name (/proc/pid/comm), e.g. beam.smp, mariadbd, that has used the
    /// most CPU: every <c>rabbitmqctl</c> call runs a short-lived beam.smp too, and the first one found
    /// was sometimes that CLI instead of the broker (its cores then read 0.00).
    /// </summary>
    public static int? FindByName(string comm)
    {
        (int Pid, double Cpu)? busiest = null;
        foreach (var dir in Directory.EnumerateDirectories("/proc"))
        {
            if (int.TryParse(Path.GetFileName(dir), NumberStyles.None, CultureInfo.InvariantCulture, out var pid))
            {
                try
                {
                    if (File.ReadAllText(Path.Combine(dir, "comm")).Trim() == comm && CpuSeconds(pid) is var cpu && (busiest is null || cpu > busiest.Value.Cpu))
                    {
                        busiest = (pid, cpu);
                    }
                }
                catch (IOException)
                {
                }
            }
        }

        return busiest?.Pid;
    }

    private static int? Scan(Func<string[], bool> match)
    {
        foreach (var dir in Directory.EnumerateDirectories("/proc"))
        {
            if (int.TryParse(Path.GetFileName(dir), NumberStyles.None, CultureInfo.InvariantCulture, out var pid))
            {
                try
                {
                    var args = File.ReadAllText(Path.Combine(dir, "cmdline")).Split('\0');
                    if (match(args))
                    {
                        return pid;
                    }
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                }
            }
        }

        return null;
    }
}
