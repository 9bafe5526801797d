using Kf.Knowledge;
using Kf.Knowledge.Import;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Kf.Cli.Commands;

/// <summary>
/// <c>kf kb import &lt;path&gt; [--profile P]</c>: every file on its own, so one bad file fails alone and the
/// others are still imported; a line per file on stdout, progress and failures on stderr.
/// </summary>
internal sealed class ImportCommand(string? profile, IReadOnlyList<(string Name, string Path)> files, bool interactive) : IKbCommand
{
    public static ImportCommand From(CliArguments arguments, IReadOnlyList<string> rest, bool interactive)
    {
        arguments.Allow("import", "--profile");
        return rest.Count == 1
            ? new ImportCommand(Profiles.Given(arguments), ImportSource.Files(rest[0]), interactive)
            : throw new UsageException("'kf kb import' takes one path: a file, or a folder of .md, .txt, .csv and .jsonl files");
    }

    public async Task<int> RunAsync(IServiceProvider services, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        var importer = services.GetRequiredService<IKnowledgeImporter>();
        var maxBytes = services.GetRequiredService<IOptions<KnowledgeOptions>>().Value.MaxDocumentBytes;
        var into = Profiles.Resolve(profile, services);
        var progress = new ProgressDisplay(error, interactive, files.Count);
        var statuses = new Dictionary<string, int>();
        for (var i = 0; i < files.Count; i++)
        {
            var (name, path) = files[i];
            string outcome;
            try
            {
                var size = new FileInfo(path).Length;
                if (size > maxBytes)
                {
                    throw new KnowledgeFormatException($"{size} bytes, more than Knowledge:MaxDocumentBytes ({maxBytes})");
                }

                var content = await File.ReadAllTextAsync(path, cancellationToken);
                var report = await importer.ImportAsync(into, name, content, null, progress.ForFile(i, name), cancellationToken);
                progress.Clear();
                outcome = report.Status.ToString().ToLowerInvariant();
                var duplicate = report.DuplicateOf is null ? "" : $", same content as {report.DuplicateOf}";
                await output.WriteLineAsync(
                    $"{outcome,-9} {name}  (document {report.DocumentId}, {report.Format}, {report.Chunks} chunks, {report.Embedded} embedded{duplicate})");
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                progress.Clear();
                outcome = "failed";
                // The format errors say what and where; anything else (I/O, the embedding endpoint, the database) with its type.
                var why = e is KnowledgeFormatException ? e.Message : $"{e.GetType().Name}: {e.Message}";
                await error.WriteLineAsync($"failed    {name}: {why}");
            }

            statuses[outcome] = statuses.GetValueOrDefault(outcome) + 1;
        }

        var summary = string.Join(", ", statuses.OrderBy(s => s.Key, StringComparer.Ordinal).Select(s => $"{s.Value} {s.Key}"));
        await output.WriteLineAsync($"{files.Count} file(s) into profile '{into}': {summary}");
        return statuses.ContainsKey("failed") ? ExitCodes.Failed : ExitCodes.Ok;
    }
}
