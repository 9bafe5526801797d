using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Kf.Responder.Tests.Infrastructure;

/// <summary>Test web apps on real Kestrel at 127.0.0.1 on a port the OS picks, with only the settings a test gives.</summary>
public static class Loopback
{
    public static WebApplicationBuilder Builder(bool quiet = true)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { EnvironmentName = "Production" });
        builder.Configuration.Sources.Clear();
        builder.Configuration.AddInMemoryCollection();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        if (quiet)
        {
            builder.Logging.ClearProviders();
        }

        return builder;
    }

    public static async Task<(WebApplication App, Uri Address)> StartAsync(WebApplicationBuilder builder, Action<WebApplication> map)
    {
        var app = builder.Build();
        map(app);
        await app.StartAsync();
        return (app, new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First()));
    }
}
