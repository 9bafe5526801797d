namespace Kf.Sender.Tests.Infrastructure;

/// <summary>A simulator and an all-in-one style sender against it (fast retry steps unless overridden); disposes both.</summary>
public sealed class EmbeddedSender : IAsyncDisposable
{
    private EmbeddedSender(Sim sim, SenderHost host)
    {
        Sim = sim;
        Host = host;
    }

    public Sim Sim { get; }

    public SenderHost Host { get; }

    public static async Task<EmbeddedSender> StartAsync(IDictionary<string, string?>? settings = null)
    {
        var sim = await Sim.StartAsync();
        try
        {
            var merged = SenderHost.FastRetries();
            foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
            {
                merged[key] = value;
            }

            return new EmbeddedSender(sim, await SenderHost.StartAsync(sim, Backends.Embedded(), merged));
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
