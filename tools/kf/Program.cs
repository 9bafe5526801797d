using Kf.Cli;

// kf: Kf's command line, working directly on the configured database with the services' own settings
// (tools/kf/README.md). Ctrl+C cancels the command; what was stored stays stored.
using var cancel = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    cancel.Cancel();
};

return await KfCli.RunAsync(args, Console.Out, Console.Error, interactive: !Console.IsErrorRedirected, cancel.Token);
