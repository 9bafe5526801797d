using System.Globalization;
using Kf.Knowledge;
using Kf.Knowledge.Retrieval;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Kf.Cli.Commands;

/// <summary><c>kf kb search &lt;query&gt; [--top N] [--profile P]</c>: what the bot would retrieve, with its scores.</summary>
internal sealed class SearchCommand(string? profile, string query, int? top) : IKbCommand
{
    public const int MaxTop = 50;

    public static SearchCommand From(CliArguments arguments, IReadOnlyList<string> rest)
    {
        arguments.Allow("search", "--profile", "--top");
        // Several words are one query: kf kb search 运费 多少
        var query = string.Join(' ', rest).Trim();
        return query.Length > 0
            ? new SearchCommand(Profiles.Given(arguments), query, arguments.Number("--top", 1, MaxTop))
            : throw new UsageException("'kf kb search' needs a query");
    }

    public async Task<int> RunAsync(IServiceProvider services, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        var of = Profiles.Resolve(profile, services);
        var count = top ?? services.GetRequiredService<IOptions<KnowledgeOptions>>().Value.TopK;
        var hits = await services.GetRequiredService<IKnowledgeBase>().SearchAsync(of, query, count, cancellationToken);
        for (var i = 0; i < hits.Count; i++)
        {
            var hit = hits[i];
            var source = hit.Chunk.Heading is { Length: > 0 } heading ? $"{hit.Chunk.DocumentName} › {heading}" : hit.Chunk.DocumentName;
            await output.WriteLineAsync(string.Create(
                CultureInfo.InvariantCulture,
                $"#{i + 1}  confidence {hit.Confidence:0.00}  score {hit.Score:0.0000}  lexical {Rank(hit.LexicalRank)}  vector {Rank(hit.VectorRank)}  {source}"));
            foreach (var line in hit.Chunk.Text.Split('\n'))
            {
                await output.WriteLineAsync("    " + line.TrimEnd('\r'));
            }
        }

        await output.WriteLineAsync($"{hits.Count} hit(s) in profile '{of}'");
        return ExitCodes.Ok;
    }

    private static string Rank(int? rank) => rank?.ToString(CultureInfo.InvariantCulture) ?? "-";
}
