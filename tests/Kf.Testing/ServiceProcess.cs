using System.Diagnostics;

namespace Kf.Testing;

/// <summary>
/// One service as a separate OS process (<c>dotnet &lt;dll&gt; --urls …</c>, settings as environment
/// variables), its stdout and stderr in a log file. Killed with SIGKILL on <see cref="Kill"/> and on
/// dispose, whatever happened, so no test leaves an orphan.
/// </summary>
public sealed class ServiceProcess : IAsyncDisposable
{
    private static readonly TimeSpan ReadyWithin = TimeSpan.FromSeconds(60);
    private readonly Process _process;
    private readonly StreamWriter _log;

    private ServiceProcess(string name, Process process, StreamWriter log, Uri address, string logPath)
    {
        Name = name;
        _process = process;
        _log = log;
        Address = address;
        LogPath = logPath;
    }

    public string Name { get; }

    public Uri Address { get; }

    public string LogPath { get; }

    public bool HasExited => _process.HasExited;

    public static async Task<ServiceProcess> StartAsync(string name, string dll, IReadOnlyDictionary<string, string> settings, string logDirectory)
    {
        var address = new Uri($"http://127.0.0.1:{LoopbackPorts.Closed()}");
        var start = new ProcessStartInfo("dotnet")
        {
            ArgumentList = { dll, "--urls", address.ToString().TrimEnd('/') },
            WorkingDirectory = Path.GetDirectoryName(dll)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment["DOTNET_ENVIRONMENT"] = "Production";
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        foreach (var (key, value) in settings)
        {
            start.Environment[key] = value;
        }

        Directory.CreateDirectory(logDirectory);
        var logPath = Path.Combine(logDirectory, $"{name}.log");
        var log = new StreamWriter(logPath, append: true) { AutoFlush = true };
        var process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, e) => Write(log, e.Data);
        process.ErrorDataReceived += (_, e) => Write(log, e.Data is null ? null : "stderr: " + e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var service = new ServiceProcess(name, process, log, address, logPath);
        try
        {
            await service.WaitReadyAsync();
        }
        catch
        {
            await service.DisposeAsync();
            throw;
        }

        return service;
    }

    /// <summary>SIGKILL: no shutdown hooks, no goodbye to the broker — a crash.</summary>
    public void Kill()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit(10_000);
        }
    }

    /// <summary>The last lines of the log, for a failure message.</summary>
    public string Tail(int lines = 40)
    {
        // The writer keeps the file open: read it shared.
        using var reader = new StreamReader(new FileStream(LogPath, FileMode.Open, FileAccess.Read, FileShare.ReadWrite));
        var all = reader.ReadToEnd().Split('\n', StringSplitOptions.RemoveEmptyEntries);

        return $"--- {Name} ({LogPath}), last {Math.Min(lines, all.Length)} lines ---\n" + string.Join('\n', all.TakeLast(lines));
    }

    private async Task WaitReadyAsync()
    {
        using var http = new HttpClient { BaseAddress = Address, Timeout = TimeSpan.FromSeconds(2) };
        var deadline = DateTime.UtcNow + ReadyWithin;
        while (DateTime.UtcNow < deadline)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"{Name} exited with {_process.ExitCode} before it was ready.\n{Tail()}");
            }

            try
            {
                using var response = await http.GetAsync("/readyz");
                if (response.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
                // Not listening yet.
            }

            await Task.Delay(100);
        }

        throw new TimeoutException($"{Name} was not ready (/readyz) within {ReadyWithin.TotalSeconds} s.\n{Tail()}");
    }

    private static void Write(StreamWriter log, string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (log)
        {
            try
            {
                log.WriteLine(line);
            }
            catch (ObjectDisposedException)
            {
                // A last line after dispose: the process is gone, the log is closed.
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        Kill();
        _process.Dispose();
        await Task.Yield();
        lock (_log)
        {
            _log.Dispose();
        }
    }
}
