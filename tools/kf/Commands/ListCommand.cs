using System.Globalization;
using Kf.Storage.Knowledge;
using Microsoft.Extensions.DependencyInjection;

namespace Kf.Cli.Commands;

/// <summary><c>kf kb list [--profile P]</c>: the profile's documents.</summary>
internal sealed class ListCommand(string? profile) : IKbCommand
{
    public static ListCommand From(CliArguments arguments, IReadOnlyList<string> rest)
    {
        arguments.Allow("list", "--profile");
        return rest.Count == 0 ? new ListCommand(Profiles.Given(arguments)) : throw new UsageException("'kf kb list' takes no arguments");
    }

    public async Task<int> RunAsync(IServiceProvider services, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        var of = Profiles.Resolve(profile, services);
        var documents = await services.GetRequiredService<IKnowledgeStore>().ListDocumentsAsync(of, cancellationToken);
        await output.WriteLineAsync($"{"id",6}  {"chunks",6}  {"format",-12}  {"imported (UTC)",-19}  name");
        foreach (var d in documents)
        {
            var at = d.ImportedAt.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);
            await output.WriteLineAsync($"{d.Id,6}  {d.ChunkCount,6}  {d.Format,-12}  {at,-19}  {d.Name}");
        }

        await output.WriteLineAsync($"{documents.Count} document(s) in profile '{of}'");
        return ExitCodes.Ok;
    }
}
