using System.Diagnostics;
using System.Net.Sockets;

namespace Kf.Deploy.Tests.Infrastructure;

/// <summary>Debian's nginx in the foreground on a rendered <see cref="NginxSite"/>; killed with its workers on dispose.</summary>
public sealed class NginxProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly NginxSite _site;

    private NginxProcess(Process process, NginxSite site)
    {
        _process = process;
        _site = site;
    }

    public static async Task<NginxProcess> StartAsync(NginxSite site)
    {
        var start = new ProcessStartInfo(DeployTools.Require("nginx")) { UseShellExecute = false, RedirectStandardError = true };
        foreach (var argument in site.Arguments("-g", "daemon off;"))
        {
            start.ArgumentList.Add(argument);
        }

        var nginx = new NginxProcess(Process.Start(start)!, site);
        try
        {
            await Eventually.WaitAsync(
                async () => nginx._process.HasExited || await IsListeningAsync(site.HttpsPort),
                up => up, "nginx listening on its HTTPS port", seconds: 20);
            if (nginx._process.HasExited)
            {
                throw new InvalidOperationException($"nginx exited with {nginx._process.ExitCode}:\n{nginx.ErrorLog()}");
            }
        }
        catch
        {
            await nginx.DisposeAsync();
            throw;
        }

        return nginx;
    }

    private static async Task<bool> IsListeningAsync(int port)
    {
        using var client = new TcpClient();
        try
        {
            await client.ConnectAsync("127.0.0.1", port);
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }

    public string ErrorLog() => File.Exists(_site.ErrorLog) ? File.ReadAllText(_site.ErrorLog) : "(no error log)";

    public async ValueTask DisposeAsync()
    {
        // `nginx -s stop` lets the master reap its workers (a SIGKILLed master leaves them to init,
        // which here does not reap); SIGKILL to the whole tree only if that did not end it.
        if (!_process.HasExited)
        {
            await DeployTools.RunAsync("nginx", _site.Arguments("-s", "stop"), seconds: 10);
            if (!_process.WaitForExit(10_000))
            {
                _process.Kill(entireProcessTree: true);
                _process.WaitForExit(10_000);
            }
        }

        _process.Dispose();
    }
}
