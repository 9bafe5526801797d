using Kf.ServiceDefaults.Bus;
using MassTransit;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Kf.EndToEnd.Tests.Infrastructure;

/// <summary>
/// A temporary queue of its own on the real broker, bound to CustomerMessageReceived,
/// CustomerEventReceived and CallbackReceived: a copy of everything published, nothing taken from the services.
/// </summary>
public sealed class BusCapture(IHost host) : IAsyncDisposable
{
    public Captured Captured => host.Services.GetRequiredService<Captured>();

    public static async Task<BusCapture> StartAsync(string rabbitMq, string openKfId)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { EnvironmentName = "Production" });
        builder.Configuration.Sources.Clear();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["ConnectionStrings:RabbitMq"] = rabbitMq });
        builder.Services.AddSingleton(new Captured(openKfId));
        // The queue and its bindings must exist before anything is published.
        builder.Services.Configure<MassTransitHostOptions>(options => options.WaitUntilStarted = true);
        // A unique name: an unnamed temporary endpoint hung against a leftover durable queue.
        builder.AddKfBus(bus => bus.AddConsumer<CaptureConsumer>().Endpoint(e =>
        {
            e.Name = $"e2e-capture-{Guid.NewGuid():N}";
            e.Temporary = true;
        }));
        var host = builder.Build();
        await host.StartAsync();
        return new BusCapture(host);
    }

    public async ValueTask DisposeAsync()
    {
        await host.StopAsync();
        host.Dispose();
    }
}
