using System.Globalization;
using Kf.Storage.Knowledge;
using Microsoft.Extensions.DependencyInjection;

namespace Kf.Cli.Commands;

/// <summary><c>kf kb unknown [--all] [--limit N] [--profile P]</c>: questions the bot could not answer, grouped, most asked first.</summary>
internal sealed class UnknownCommand(string? profile, bool all, int limit) : IKbCommand
{
    public const int DefaultLimit = 50;

    public static UnknownCommand From(CliArguments arguments, IReadOnlyList<string> rest)
    {
        arguments.Allow("unknown", "--profile", "--all", "--limit");
        return rest.Count == 0
            ? new UnknownCommand(Profiles.Given(arguments), arguments.Flag("--all"), arguments.Number("--limit", 1, KnowledgeLimits.MaxListLimit) ?? DefaultLimit)
            : throw new UsageException("'kf kb unknown' takes no arguments");
    }

    public async Task<int> RunAsync(IServiceProvider services, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        var of = Profiles.Resolve(profile, services);
        var groups = await services.GetRequiredService<IKnowledgeStore>().ListUnknownAsync(of, all, limit, cancellationToken);
        await output.WriteLineAsync($"{"asked",5}  {"people",6}  {"best",4}  {"last asked (UTC)",-16}  {"resolved",-8}  question  [group key]");
        foreach (var g in groups)
        {
            var last = g.LastAskedAt.UtcDateTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
            var resolved = g.ResolvedAt is null ? "-" : "yes";
            await output.WriteLineAsync(string.Create(
                CultureInfo.InvariantCulture, $"{g.Count,5}  {g.Customers,6}  {g.BestScore,4:0.00}  {last,-16}  {resolved,-8}  {g.Example}  [{g.GroupKey}]"));
        }

        await output.WriteLineAsync($"{groups.Count} question group(s) in profile '{of}'{(all ? "" : " (unresolved; --all for every one)")}");
        return ExitCodes.Ok;
    }
}
