using Kf.Storage;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;

namespace Kf.Syncer.Tests.Infrastructure;

/// <summary>Many customers writing in rounds, and what a page of theirs must look like on the bus and in the log.</summary>
public static class PageScenario
{
    /// <summary>Registers a <see cref="LogProbe"/> on the host's bus.</summary>
    public static void AddLogProbe(IServiceCollection services) =>
        services.AddSingleton<LogProbe>().AddPublishObserver(s => s.GetRequiredService<LogProbe>());

    /// <summary>Round r: every customer writes once, all at the same time; each customer's msgids in round order.</summary>
    public static async Task<Dictionary<string, List<string>>> SayRoundsAsync(Sim sim, int customers, int rounds)
    {
        var sent = Enumerable.Range(0, customers).ToDictionary(c => $"wmCustomer{c}", _ => new List<string>());
        for (var round = 0; round < rounds; round++)
        {
            var said = await Task.WhenAll(sent.Keys.Select(customer => sim.SayAsync(customer, $"第{round}条")));
            foreach (var (customer, msgid) in sent.Keys.Zip(said))
            {
                sent[customer].Add(msgid);
            }
        }

        return sent;
    }

    /// <summary>
    /// Every message on the bus once, each customer's in order, each published only after the customer's
    /// earlier ones were in the message log (when the host has a <see cref="LogProbe"/>), all logged as Published.
    /// </summary>
    public static async Task AssertPublishedOnceInOrderAsync(SyncerHost host, Dictionary<string, List<string>> sent)
    {
        var all = sent.SelectMany(s => s.Value).ToList();
        await host.Captured.WaitForAsync(all, $"all {all.Count} messages");
        Assert.Equal(all.Order(), host.Captured.MessageIds.Order());
        var probe = host.Services.GetService<LogProbe>();
        foreach (var (customer, msgids) in sent)
        {
            Assert.Equal(msgids, host.Captured.Messages.Where(m => m.ExternalUserId == customer).Select(m => m.MsgId));
            for (var k = 1; probe is not null && k < msgids.Count; k++)
            {
                Assert.True(probe.LoggedBefore[msgids[k]].IsSupersetOf(msgids.Take(k)), $"{customer}'s message {k} went out before the earlier ones were logged");
            }
        }

        var log = (await host.LogAsync()).Where(e => all.Contains(e.MsgId)).ToList();
        Assert.Equal(all.Count, log.Count);
        Assert.All(log, e => Assert.Equal(MessageDisposition.Published, e.Disposition));
    }
}
