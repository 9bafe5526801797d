using Kf.Contracts;
using Kf.ServiceDefaults;
using Kf.ServiceDefaults.Bus;
using Kf.Storage;
using Kf.Syncer.Pulling;
using Kf.Testing;
using MassTransit;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Kf.Syncer.Tests.Infrastructure;

/// <summary>
/// The syncer composed as its Program.cs composes it, on loopback Kestrel, against a <see cref="Sim"/>,
/// plus a consumer that captures what reached the bus for the sim's account.
/// </summary>
public sealed class SyncerHost : IAsyncDisposable
{
    private readonly WebApplication _app;

    private SyncerHost(WebApplication app, Sim sim)
    {
        _app = app;
        Sim = sim;
        Captured = app.Services.GetRequiredService<Captured>();
    }

    public Sim Sim { get; }

    public Captured Captured { get; }

    public IServiceProvider Services => _app.Services;

    public static async Task<SyncerHost> StartAsync(
        Sim sim, Backend backend, IDictionary<string, string?>? settings = null, Action<IServiceCollection>? services = null)
    {
        var builder = LoopbackHost.Builder();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["WeCom:ApiBaseUrl"] = sim.BaseAddress.ToString(),
            ["WeCom:CorpId"] = Sim.CorpId,
            ["WeCom:Secret"] = Sim.Secret,
            ["Logging:LogLevel:Default"] = "Warning",
            // No tests wait on the bus retry; keep a failing test short.
            ["Kf:Bus:RetryMaxInterval"] = "00:00:01",
        });
        builder.Configuration.AddInMemoryCollection(backend.Settings);
        builder.Configuration.AddInMemoryCollection(settings ?? new Dictionary<string, string?>());
        services?.Invoke(builder.Services);
        builder.Services.AddSingleton(new Captured(sim.OpenKfId));
        builder.AddServiceDefaults();
        builder.AddSyncer();
        builder.AddKfBus(bus =>
        {
            bus.AddSyncerConsumers();
            bus.AddConsumeObserver<CallbackObserver>();
            // A queue of its own that goes away with the host: parallel runs on one broker never share it.
            bus.AddConsumer<CaptureConsumer>().Endpoint(e =>
            {
                e.Name = $"syncer-test-capture-{Guid.NewGuid():N}";
                e.Temporary = true;
                // One at a time: what is captured is in queue order, which the order tests check.
                e.ConcurrentMessageLimit = 1;
            });
        });
        var app = builder.Build();
        app.MapDefaultEndpoints();
        await app.StartAsync();
        return new SyncerHost(app, sim);
    }

    /// <summary>Publishes each notice the simulator pushes, as ingress does.</summary>
    public void RelayCallbacks() =>
        Sim.Relay.OnNotice = notice => PublishCallbackAsync(notice.OpenKfId, notice.Token);

    public Task PublishCallbackAsync(string openKfId, string? token) =>
        Services.GetRequiredService<IBus>().Publish(new CallbackReceived
        {
            OpenKfId = openKfId,
            SyncToken = token,
            ReceivedAt = DateTimeOffset.UtcNow,
            CorpId = Sim.CorpId,
        });

    /// <summary>One pull as the consumer or the safety poll runs it.</summary>
    internal async Task<PullOutcome> PullAsync(string? token = null)
    {
        await using var scope = Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<SyncPuller>().PullAsync(Sim.OpenKfId, token, CancellationToken.None);
    }

    public Task<SyncCursor?> CursorAsync() => Services.GetRequiredService<ICursorStore>().GetAsync(Sim.OpenKfId);

    public Task<IReadOnlyList<MessageLogEntry>> LogAsync() => Services.GetRequiredService<IMessageLog>().ListAsync(Sim.OpenKfId, 10_000);

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
