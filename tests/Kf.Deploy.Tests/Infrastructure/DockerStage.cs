namespace Kf.Deploy.Tests.Infrastructure;

/// <summary>One FROM … stage of a Dockerfile and its instructions in order.</summary>
public sealed record DockerStage(string Image, string? Name)
{
    public List<(string Keyword, string Arguments)> Instructions { get; } = [];

    public IEnumerable<string> Arguments(string keyword) =>
        Instructions.Where(i => i.Keyword == keyword).Select(i => i.Arguments);

    /// <summary>The context paths the stage's COPY instructions take (not those from another stage).</summary>
    public IEnumerable<string> ContextSources() =>
        Arguments("COPY").Where(a => !a.StartsWith("--from", StringComparison.Ordinal))
            .SelectMany(a => a.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => !w.StartsWith("--", StringComparison.Ordinal)).SkipLast(1));
}
