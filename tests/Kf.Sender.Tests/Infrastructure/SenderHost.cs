using System.Diagnostics.Metrics;
using Kf.Contracts;
using Kf.ServiceDefaults.Bus;
using Kf.ServiceDefaults;
using Kf.Storage;
using Kf.Testing;
using MassTransit;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Kf.Sender.Tests.Infrastructure;

/// <summary>
/// The sender composed as its Program.cs composes it, on loopback Kestrel, against a <see cref="Sim"/>,
/// plus a consumer capturing KfMessageDelivered/KfMessageFailed of the sim's account.
/// </summary>
public sealed class SenderHost : IAsyncDisposable
{
    private readonly WebApplication _app;

    private SenderHost(WebApplication app)
    {
        _app = app;
        Outcomes = app.Services.GetRequiredService<Outcomes>();
        Counters = new SenderCounters(app.Services.GetRequiredService<IMeterFactory>());
    }

    public Outcomes Outcomes { get; }

    public SenderCounters Counters { get; }

    public IServiceProvider Services => _app.Services;

    public IDeliveryLedger Ledger => Services.GetRequiredService<IDeliveryLedger>();

    /// <summary>Short parking steps, so that a retry test takes a fraction of a second per retry.</summary>
    public static Dictionary<string, string?> FastRetries() => new()
    {
        ["Sender:RetryDelays:0"] = "00:00:00.050",
        ["Sender:RetryDelays:1"] = "00:00:00.100",
        ["Sender:RetryDelays:2"] = "00:00:00.200",
    };

    public static async Task<SenderHost> StartAsync(
        Sim sim, IReadOnlyDictionary<string, string?> backend, IDictionary<string, string?>? settings = null, Action<IServiceCollection>? services = null)
    {
        var builder = LoopbackHost.Builder();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["WeCom:ApiBaseUrl"] = sim.BaseAddress.ToString(),
            ["WeCom:CorpId"] = Sim.CorpId,
            ["WeCom:Secret"] = Sim.Secret,
            ["Logging:LogLevel:Default"] = "Warning",
            ["Kf:Bus:RetryMaxInterval"] = "00:00:01",
        });
        builder.Configuration.AddInMemoryCollection(backend);
        builder.Configuration.AddInMemoryCollection(settings ?? new Dictionary<string, string?>());
        services?.Invoke(builder.Services);
        // StartAsync returns once the receive endpoints are bound: a publish right after start would
        // otherwise find no queue bound to the message exchange on RabbitMQ, and be dropped.
        builder.Services.Configure<MassTransitHostOptions>(options => options.WaitUntilStarted = true);
        builder.Services.AddSingleton(new Outcomes(sim.OpenKfId));
        builder.AddServiceDefaults();
        builder.AddSender();
        builder.AddKfBus(bus =>
        {
            bus.AddSenderConsumers();
            // A queue of its own that goes away with the host: parallel runs on one broker never share it.
            bus.AddConsumer<OutcomeConsumer>().Endpoint(e =>
            {
                e.Name = $"sender-test-outcomes-{Guid.NewGuid():N}";
                e.Temporary = true;
            });
        });
        var app = builder.Build();
        app.MapDefaultEndpoints();
        await app.StartAsync();
        return new SenderHost(app);
    }

    public Task PublishAsync(SendKfMessage part) => Services.GetRequiredService<IBus>().Publish(part);

    /// <summary>Waits until the ledger holds a final row for the part, and returns it.</summary>
    public async Task<Delivery> FinalAsync(SendKfMessage part) =>
        (await Eventually.WaitAsync(() => Ledger.FindAsync(part.SendMsgId), row => row is { IsFinal: true }, $"a final ledger row for part {part.Part}"))!;

    public async ValueTask DisposeAsync()
    {
        Counters.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
