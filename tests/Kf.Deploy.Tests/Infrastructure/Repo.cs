using System.Reflection;

namespace Kf.Deploy.Tests.Infrastructure;

/// <summary>The checkout under test (paths baked in by the csproj): the shipped files are the source of truth.</summary>
public static class Repo
{
    public static string Root => Metadata("RepoRoot");

    public static string IngressDll =>
        File.Exists(Metadata("Kf.Ingress"))
            ? Metadata("Kf.Ingress")
            : throw new FileNotFoundException($"Kf.Ingress is not built at {Metadata("Kf.Ingress")}: build the solution (dotnet build Kf.sln -c Release) first.");

    public static string PathOf(string relative) => Path.Combine(Root, relative);

    public static string Read(string relative) => File.ReadAllText(PathOf(relative));

    private static string Metadata(string key) =>
        typeof(Repo).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == key).Value!;
}
