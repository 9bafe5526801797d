using Kf.Coordination;
using Kf.Storage;
using Kf.Syncer.Pulling;
using Microsoft.Extensions.DependencyInjection;

namespace Kf.Syncer.Tests;

public sealed class LeaseTests
{
    [Fact]
    public async Task Should_refuse_the_cursor_write_of_a_stale_lease_holder__invariant_3()
    {
        await using var kf = await EmbeddedSyncer.StartAsync();
        kf.Sim.Relay.OnNotice = _ => Task.CompletedTask;
        var leases = kf.Host.Services.GetRequiredService<ILeases>();
        var key = SyncPuller.LeaseKey(kf.Sim.OpenKfId);
        var stale = (await leases.TryAcquireAsync(key, TimeSpan.FromMilliseconds(1)))!;
        var current = await Eventually.WaitAsync(() => leases.TryAcquireAsync(key, TimeSpan.FromMinutes(1)), l => l is not null, "the first lease to lapse");
        await kf.Sim.SayAsync("wmAlice", "one");
        await using (var scope = kf.Host.Services.CreateAsyncScope())
        {
            Assert.Equal(PullOutcome.Drained, await scope.ServiceProvider.GetRequiredService<SyncPuller>().HoldingAsync(current!, kf.Sim.OpenKfId, null, default));
        }

        var saved = await kf.Host.CursorAsync();
        await kf.Sim.SayAsync("wmAlice", "two");
        await using (var scope = kf.Host.Services.CreateAsyncScope())
        {
            Assert.Equal(PullOutcome.LeaseLost, await scope.ServiceProvider.GetRequiredService<SyncPuller>().HoldingAsync(stale, kf.Sim.OpenKfId, null, default));
        }

        Assert.Equal(current!.Fence, saved!.Fence);
        Assert.Equal(saved, await kf.Host.CursorAsync());
    }

    [Fact]
    public async Task Should_pull_again_when_a_notice_loses_the_lease_race_just_before_the_release__invariant_3()
    {
        var gated = new GatedLeases();
        await using var kf = await EmbeddedSyncer.StartAsync(services: s => s.AddSingleton<ILeases>(gated));
        kf.Sim.Relay.OnNotice = _ => Task.CompletedTask;
        var first = await kf.Sim.SayAsync("wmAlice", "first");
        var open = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        gated.HoldRelease = open;

        // The holder has pulled everything there was and waits at its release.
        var holder = kf.Host.PullAsync();
        await gated.ReleaseWaiting;
        var late = await kf.Sim.SayAsync("wmAlice", "late");
        Assert.Equal(PullOutcome.Busy, await kf.Host.PullAsync());
        open.SetResult();

        Assert.Equal(PullOutcome.Drained, await holder);
        await kf.Captured.WaitForAsync([first, late], "both messages, the late one by the holder's second round");
        Assert.Equal([first, late], kf.Captured.MessageIds);
        Assert.Equal(MessageDisposition.Published, (await kf.Host.LogAsync()).Single(e => e.MsgId == late).Disposition);
    }
}
