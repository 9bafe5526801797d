using Kf.Knowledge;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Kf.Cli.Commands;

/// <summary><c>--profile</c>: checked when the command line is read; absent, <c>Knowledge:DefaultProfile</c>.</summary>
internal static class Profiles
{
    public static string? Given(CliArguments arguments) => arguments.Option("--profile") switch
    {
        null => null,
        var p when ProfileName.IsValid(p) => p,
        var p => throw new UsageException($"--profile '{p}' is invalid: {ProfileName.Rule}"),
    };

    public static string Resolve(string? given, IServiceProvider services) =>
        given ?? services.GetRequiredService<IOptions<KnowledgeOptions>>().Value.DefaultProfile;
}
