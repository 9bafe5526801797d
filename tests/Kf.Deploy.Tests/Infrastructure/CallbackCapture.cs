using System.Collections.Concurrent;
using Kf.Contracts;
using Kf.ServiceDefaults.Bus;
using MassTransit;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Kf.Deploy.Tests.Infrastructure;

/// <summary>
/// A temporary queue of its own on the real broker bound to CallbackReceived: a copy of what the
/// ingress publishes, taken from no one else. The name is unique: an unnamed temporary endpoint
/// hung against a leftover durable queue (see the e2e suite).
/// </summary>
public sealed class CallbackCapture(IHost host) : IAsyncDisposable
{
    public ConcurrentQueue<CallbackReceived> Received => host.Services.GetRequiredService<ConcurrentQueue<CallbackReceived>>();

    public static async Task<CallbackCapture> StartAsync(string rabbitMq)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { EnvironmentName = "Production" });
        builder.Configuration.Sources.Clear();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["ConnectionStrings:RabbitMq"] = rabbitMq });
        builder.Services.AddSingleton(new ConcurrentQueue<CallbackReceived>());
        // The queue and its binding must exist before the first callback is published.
        builder.Services.Configure<MassTransitHostOptions>(options => options.WaitUntilStarted = true);
        builder.AddKfBus(bus => bus.AddConsumer<CallbackCaptureConsumer>().Endpoint(e =>
        {
            e.Name = $"deploy-capture-{Guid.NewGuid():N}";
            e.Temporary = true;
        }));
        var host = builder.Build();
        await host.StartAsync();
        return new CallbackCapture(host);
    }

    public async ValueTask DisposeAsync()
    {
        await host.StopAsync();
        host.Dispose();
    }
}
