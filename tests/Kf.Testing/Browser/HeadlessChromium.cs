using System.Diagnostics;
using System.Text.Json.Nodes;

namespace Kf.Testing.Browser;

/// <summary>
/// Debian's Chromium, headless, with a fresh profile and DevTools on a port it picks itself (read
/// back from <c>DevToolsActivePort</c>). Fails with the install command when Chromium is missing.
/// Shared by the suites that drive the sandbox chat page (the simulator's and the all-in-one host's).
/// </summary>
public sealed class HeadlessChromium : IAsyncDisposable
{
    public const string InstallHint = "Chromium is not installed: run scripts/ensure-chromium.sh (apt-get install -y chromium) or set CHROMIUM to its path.";

    private readonly Process _process;
    private readonly string _profile;

    private HeadlessChromium(Process process, string profile, CdpSession page)
    {
        _process = process;
        _profile = profile;
        Page = page;
    }

    public CdpSession Page { get; }

    public static string? Locate() =>
        new[] { Environment.GetEnvironmentVariable("CHROMIUM"), "/usr/bin/chromium", "/usr/bin/chromium-browser" }
            .FirstOrDefault(p => !string.IsNullOrEmpty(p) && File.Exists(p));

    public static async Task<HeadlessChromium> StartAsync(Uri url)
    {
        var path = Locate() ?? throw new TestServerUnavailableException(InstallHint);
        var profile = Directory.CreateTempSubdirectory("kf-chromium-").FullName;
        var start = new ProcessStartInfo(path)
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
        };
        foreach (var flag in new[]
                 {
                     "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                     "--disable-background-networking", "--disable-component-update", "--disable-sync",
                     $"--user-data-dir={profile}", "--remote-debugging-port=0", "--remote-allow-origins=*",
                     "--window-size=1200,780", "--hide-scrollbars", url.ToString(),
                 })
        {
            start.ArgumentList.Add(flag);
        }

        var process = Process.Start(start)!;
        process.ErrorDataReceived += (_, _) => { };
        process.OutputDataReceived += (_, _) => { };
        process.BeginErrorReadLine();
        process.BeginOutputReadLine();
        try
        {
            var port = await Eventually.WaitAsync(
                () => Task.FromResult(ReadPort(profile)), p => p > 0, "Chromium's DevToolsActivePort", seconds: 60);
            using var http = new HttpClient();
            var targets = await Eventually.WaitAsync(
                async () => JsonNode.Parse(await http.GetStringAsync($"http://127.0.0.1:{port}/json/list"))!.AsArray(),
                t => t.Any(x => (string?)x!["type"] == "page"), "a page target", seconds: 60);
            var page = targets.First(x => (string?)x!["type"] == "page")!;
            return new HeadlessChromium(process, profile, await CdpSession.ConnectAsync(new Uri((string)page["webSocketDebuggerUrl"]!)));
        }
        catch
        {
            process.Kill(entireProcessTree: true);
            throw;
        }
    }

    private static int ReadPort(string profile)
    {
        try
        {
            var file = Path.Combine(profile, "DevToolsActivePort");
            return File.Exists(file) && int.TryParse(File.ReadLines(file).FirstOrDefault(), out var port) ? port : 0;
        }
        catch (IOException)
        {
            return 0;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await Page.DisposeAsync();
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
        try
        {
            Directory.Delete(_profile, recursive: true);
        }
        catch (IOException)
        {
            // Chromium may still hold a lock file for a moment; the temp folder is cleaned by the OS.
        }
    }
}
