using System.Globalization;
using Kf.Storage.Knowledge;
using Microsoft.Extensions.DependencyInjection;

namespace Kf.Cli.Commands;

/// <summary><c>kf kb delete &lt;id&gt; [--profile P]</c>: a document and its chunks (ids from <c>kf kb list</c>).</summary>
internal sealed class DeleteCommand(string? profile, long id) : IKbCommand
{
    public static DeleteCommand From(CliArguments arguments, IReadOnlyList<string> rest)
    {
        arguments.Allow("delete", "--profile");
        return rest.Count == 1 && long.TryParse(rest[0], NumberStyles.None, CultureInfo.InvariantCulture, out var id) && id > 0
            ? new DeleteCommand(Profiles.Given(arguments), id)
            : throw new UsageException("'kf kb delete' takes one document id, a positive number (see 'kf kb list')");
    }

    public async Task<int> RunAsync(IServiceProvider services, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        var of = Profiles.Resolve(profile, services);
        if (await services.GetRequiredService<IKnowledgeStore>().DeleteDocumentAsync(of, id, cancellationToken))
        {
            await output.WriteLineAsync($"deleted document {id} from profile '{of}'");
            return ExitCodes.Ok;
        }

        await error.WriteLineAsync($"kf: profile '{of}' has no document {id}");
        return ExitCodes.Failed;
    }
}
