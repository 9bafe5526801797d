namespace Kf.Deploy.Tests.Infrastructure;

/// <summary>A dotenv file as compose reads it: NAME=value lines, # comments.</summary>
public static class EnvFile
{
    public static IReadOnlyDictionary<string, string> Load(string relativePath) =>
        File.ReadAllLines(Repo.PathOf(relativePath))
            .Select(line => line.Trim())
            .Where(line => line.Length > 0 && !line.StartsWith('#'))
            .Select(line => line.Split('=', 2))
            .ToDictionary(pair => pair[0].Trim(), pair => pair.Length > 1 ? pair[1].Trim() : "");
}
