using Kf.Cli.Commands;
using Microsoft.Extensions.Hosting;

namespace Kf.Cli;

/// <summary>The <c>kf</c> command: parses, composes the knowledge base, runs one command, returns the exit code.</summary>
internal static class KfCli
{
    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, bool interactive, CancellationToken cancellationToken)
    {
        IKbCommand command;
        CliArguments parsed;
        try
        {
            parsed = CliArguments.Parse(args);
            if (parsed.Help)
            {
                await output.WriteAsync(HelpText.Text);
                return ExitCodes.Ok;
            }

            command = Pick(parsed, interactive);
        }
        catch (UsageException e)
        {
            await error.WriteLineAsync($"kf: {e.Message}\nRun 'kf --help' for usage.");
            return ExitCodes.Usage;
        }

        IHost host;
        try
        {
            host = await KnowledgeHost.StartAsync(parsed.Option("--config"), cancellationToken);
        }
        catch (UsageException e)
        {
            await error.WriteLineAsync($"kf: {e.Message}");
            return ExitCodes.Usage;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            await error.WriteLineAsync($"kf: cannot open the knowledge base: {e.GetType().Name}: {e.Message}");
            return ExitCodes.Failed;
        }

        using (host)
        {
            try
            {
                return await command.RunAsync(host.Services, output, error, cancellationToken);
            }
            catch (UsageException e)
            {
                await error.WriteLineAsync($"kf: {e.Message}");
                return ExitCodes.Usage;
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                await error.WriteLineAsync($"kf: {e.GetType().Name}: {e.Message}");
                return ExitCodes.Failed;
            }
            finally
            {
                await host.StopAsync(CancellationToken.None);
            }
        }
    }

    private static IKbCommand Pick(CliArguments parsed, bool interactive)
    {
        var words = parsed.Words;
        if (words.Count == 0)
        {
            throw new UsageException("no command given");
        }

        if (words[0] != "kb")
        {
            throw new UsageException($"unknown command '{words[0]}' (the only group is 'kb')");
        }

        if (words.Count < 2)
        {
            throw new UsageException("'kf kb' needs a command: import, list, delete, search or unknown");
        }

        var rest = words.Skip(2).ToList();
        return words[1] switch
        {
            "import" => ImportCommand.From(parsed, rest, interactive),
            "list" => ListCommand.From(parsed, rest),
            "delete" => DeleteCommand.From(parsed, rest),
            "search" => SearchCommand.From(parsed, rest),
            "unknown" => UnknownCommand.From(parsed, rest),
            _ => throw new UsageException($"unknown command 'kb {words[1]}' (import, list, delete, search or unknown)"),
        };
    }
}
