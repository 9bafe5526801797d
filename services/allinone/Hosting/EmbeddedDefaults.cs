using Microsoft.Extensions.Configuration.Memory;

namespace Kf.AllInOne.Hosting;

/// <summary>
/// What makes one process enough: the in-memory bus, in-process coordination, SQLite and a loopback
/// address. Inserted as the first configuration source, so appsettings, the environment and the
/// command line (<c>--urls</c>) still override every one of them.
/// </summary>
internal static class EmbeddedDefaults
{
    public const string Url = "http://127.0.0.1:8080";

    public static void AddEmbeddedDefaults(this WebApplicationBuilder builder) =>
        builder.Configuration.Sources.Insert(0, new MemoryConfigurationSource
        {
            InitialData = new Dictionary<string, string?>
            {
                ["Kf:Transport"] = "InMemory",
                ["Kf:Coordination"] = "InProcess",
                ["Kf:Storage"] = "Sqlite",
                [WebHostDefaults.ServerUrlsKey] = Url,
            },
        });
}
