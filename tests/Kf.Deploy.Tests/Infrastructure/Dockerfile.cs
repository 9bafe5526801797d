namespace Kf.Deploy.Tests.Infrastructure;

/// <summary>A Dockerfile as instructions per stage (continuation lines joined, comments dropped).</summary>
public sealed class Dockerfile(string path, IReadOnlyList<DockerStage> stages)
{
    public string Path { get; } = path;

    public IReadOnlyList<DockerStage> Stages { get; } = stages;

    public DockerStage Final => Stages[^1];

    /// <summary>Every Dockerfile this repository ships.</summary>
    public static IEnumerable<string> All() =>
        Directory.EnumerateFiles(Repo.PathOf("services"), "Dockerfile", SearchOption.AllDirectories)
            .Concat(Directory.EnumerateFiles(Repo.PathOf("tools"), "Dockerfile", SearchOption.AllDirectories))
            .Where(p => !p.Contains("/bin/") && !p.Contains("/obj/"))
            .Select(p => System.IO.Path.GetRelativePath(Repo.Root, p))
            .Order();

    public static Dockerfile Load(string relativePath)
    {
        var stages = new List<DockerStage>();
        var logical = string.Join('\n', File.ReadAllLines(Repo.PathOf(relativePath)).Where(l => !l.TrimStart().StartsWith('#')))
            .Replace("\\\n", " ", StringComparison.Ordinal)
            .Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        foreach (var line in logical)
        {
            var (keyword, rest) = line.IndexOf(' ') is var space and > 0 ? (line[..space].ToUpperInvariant(), line[(space + 1)..].Trim()) : (line.ToUpperInvariant(), "");
            if (keyword == "FROM")
            {
                stages.Add(new DockerStage(rest.Split(' ')[0], rest.Contains(" AS ", StringComparison.OrdinalIgnoreCase) ? rest.Split(' ')[^1] : null));
            }
            else if (stages.Count > 0)
            {
                stages[^1].Instructions.Add((keyword, rest));
            }
        }

        return new Dockerfile(relativePath, stages);
    }
}
