using Kf.ServiceDefaults.Bus;
using MassTransit;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Kf.Ingress.Tests.RealBroker;

// A second process's worth of bus on the real broker, consuming what the ingress publishes — the
// syncer's place. Its queue is temporary (auto-delete), so nothing piles up after the test.
public sealed class ProbeHost(IHost host) : IAsyncDisposable
{
    public CallbackProbe Probe => host.Services.GetRequiredService<CallbackProbe>();

    public static async Task<ProbeHost> StartAsync(string rabbitMq)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { EnvironmentName = "Production" });
        builder.Configuration.Sources.Clear();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["ConnectionStrings:RabbitMq"] = rabbitMq });
        builder.Services.AddSingleton<CallbackProbe>();
        // The queue and its binding must exist before the ingress publishes.
        builder.Services.Configure<MassTransitHostOptions>(options => options.WaitUntilStarted = true);
        builder.AddKfBus(bus => bus.AddConsumer<CallbackProbeConsumer>()
            .Endpoint(endpoint =>
            {
                endpoint.Name = $"ingress-test-probe-{Guid.NewGuid():N}";
                endpoint.Temporary = true;
            }));
        var host = builder.Build();
        await host.StartAsync();
        return new ProbeHost(host);
    }

    public async ValueTask DisposeAsync()
    {
        await host.StopAsync();
        host.Dispose();
    }
}
