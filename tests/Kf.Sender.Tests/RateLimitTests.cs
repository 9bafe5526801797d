using Kf.Coordination.InProcess;
using Kf.Coordination;
using Microsoft.Extensions.DependencyInjection;

namespace Kf.Sender.Tests;

public sealed class RateLimitTests
{
    private const int Rate = 5;
    private const int Parts = 24;

    [Fact]
    public async Task Should_keep_the_account_under_the_rate_when_two_senders_share_it()
    {
        await using var sim = await Sim.StartAsync();
        // What Redis is to two processes: one counter and one ledger behind both senders.
        var counter = new InProcessRateCounter();
        var backend = Backends.Embedded(Backends.NewSqliteFile());
        var settings = SenderHost.FastRetries();
        settings["Sender:RatePerSecond"] = Rate.ToString(System.Globalization.CultureInfo.InvariantCulture);
        await using var first = await SenderHost.StartAsync(sim, backend, settings, s => s.AddSingleton<IRateCounter>(counter));
        await using var second = await SenderHost.StartAsync(sim, backend, settings, s => s.AddSingleton<IRateCounter>(counter));
        var parts = new List<Contracts.SendKfMessage>();
        for (var i = 0; i < Parts; i++)
        {
            var (customer, msgId) = await sim.CustomerWritesAsync();
            parts.Add(sim.Part(customer, msgId, 1));
        }

        await Task.WhenAll(parts.Select((part, i) => (i % 2 == 0 ? first : second).PublishAsync(part)));
        foreach (var part in parts)
        {
            await first.FinalAsync(part);
        }

        var times = (await sim.SentAsync()).Select(s => DateTimeOffset.Parse((string)s["at"]!, System.Globalization.CultureInfo.InvariantCulture)).Order().ToList();
        Assert.Equal(Parts, times.Count);
        // Fixed one-second windows may meet back to back, so any one second can see twice the rate; not more.
        var busiest = times.Max(t => times.Count(u => u >= t && u < t.AddSeconds(1)));
        Assert.True(busiest <= 2 * Rate, $"{busiest} sends within one second at a rate of {Rate}/s");
        Assert.True(first.Counters["kf.sender.holds"] + second.Counters["kf.sender.holds"] > 0, "the rate held some parts back");
    }
}
