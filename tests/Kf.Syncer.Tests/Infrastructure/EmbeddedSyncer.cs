namespace Kf.Syncer.Tests.Infrastructure;

/// <summary>A simulator and an all-in-one style syncer against it; disposes both.</summary>
public sealed class EmbeddedSyncer : IAsyncDisposable
{
    private EmbeddedSyncer(Sim sim, SyncerHost host)
    {
        Sim = sim;
        Host = host;
    }

    public Sim Sim { get; }

    public SyncerHost Host { get; }

    public Captured Captured => Host.Captured;

    public static async Task<EmbeddedSyncer> StartAsync(IDictionary<string, string?>? settings = null, Action<Microsoft.Extensions.DependencyInjection.IServiceCollection>? services = null)
    {
        var sim = await Sim.StartAsync();
        try
        {
            var host = await SyncerHost.StartAsync(sim, Backend.Embedded(), settings, services);
            host.RelayCallbacks();
            return new EmbeddedSyncer(sim, host);
        }
        catch
        {
            await sim.DisposeAsync();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await Host.DisposeAsync();
        await Sim.DisposeAsync();
    }
}
