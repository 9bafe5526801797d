using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Kf.Knowledge.Tests.Import;

// The knowledge base composed as production composes it; starting it runs the migrations.
internal static class KnowledgeHost
{
    public static async Task<IHost> StartAsync(params IEnumerable<KeyValuePair<string, string?>>[] settings)
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration.AddInMemoryCollection(settings.SelectMany(s => s));
        builder.Logging.ClearProviders();
        builder.AddKfKnowledge();
        var host = builder.Build();
        try
        {
            await host.StartAsync();
            return host;
        }
        catch
        {
            host.Dispose();
            throw;
        }
    }
}
