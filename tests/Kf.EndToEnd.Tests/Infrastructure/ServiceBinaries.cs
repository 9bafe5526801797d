using System.Reflection;

namespace Kf.EndToEnd.Tests.Infrastructure;

/// <summary>The built service dlls of this configuration (paths baked in by the csproj).</summary>
public static class ServiceBinaries
{
    public static string Ingress => Find("Kf.Ingress");

    public static string Syncer => Find("Kf.Syncer");

    public static string Responder => Find("Kf.Responder");

    public static string Sender => Find("Kf.Sender");

    private static string Find(string name)
    {
        var path = typeof(ServiceBinaries).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .Single(a => a.Key == name).Value!;
        return File.Exists(path)
            ? path
            : throw new FileNotFoundException($"{name} is not built at {path}: build the solution (dotnet build Kf.sln -c Release) before running this suite.", path);
    }
}
