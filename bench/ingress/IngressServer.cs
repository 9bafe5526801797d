using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Kf.ServiceDefaults;
using Kf.ServiceDefaults.Bus;
using MassTransit;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace Kf.Ingress.Bench;

// The ingress composed as its Program.cs does, on Kestrel at 127.0.0.1 (a free port), real RabbitMQ.
internal static class IngressServer
{
    public static async Task<WebApplication> StartAsync(string rabbitMq)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Production" });
        builder.Configuration.Sources.Clear();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:RabbitMq"] = rabbitMq,
            ["WeCom:CorpId"] = BenchCredentials.CorpId,
            ["WeCom:Token"] = BenchCredentials.Token,
            ["WeCom:EncodingAesKey"] = BenchCredentials.EncodingAesKey,
            // As in production: warnings and up; per-callback lines are debug.
            ["Logging:LogLevel:Default"] = "Warning",
        });
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Services.Configure<MassTransitHostOptions>(options => options.WaitUntilStarted = true);
        builder.AddServiceDefaults();
        builder.AddKfBus();
        builder.AddIngress();

        var app = builder.Build();
        app.MapDefaultEndpoints();
        app.MapIngress();
        await app.StartAsync();
        return app;
    }

    public static Uri Address(WebApplication app) =>
        new(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
}
