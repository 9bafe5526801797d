using Kf.Storage;

namespace Kf.Syncer.Tests;

/// <summary>Callbacks pushed by the simulator, relayed as CallbackReceived, pulled by the syncer (embedded stand-ins).</summary>
public sealed class CallbackPullTests
{
    [Fact]
    public async Task Should_publish_one_CustomerMessageReceived_when_a_customer_writes_once__invariant_2()
    {
        await using var kf = await EmbeddedSyncer.StartAsync();
        var msgid = await kf.Sim.SayAsync("wmAlice", "你好");

        await kf.Captured.WaitForAsync([msgid], "the message on the bus");
        await Eventually.WaitAsync(() => kf.Captured.CallbacksConsumed >= 1, "the callback consumed");

        var message = Assert.Single(kf.Captured.Messages);
        Assert.Equal((msgid, "wmAlice", "text", "你好", 3), (message.MsgId, message.ExternalUserId, message.MsgType, message.Text, message.Origin));
        Assert.Equal(MessageDisposition.Published, Assert.Single(await kf.Host.LogAsync()).Disposition);
        Assert.NotNull(await kf.Host.CursorAsync());
    }

    [Fact]
    public async Task Should_publish_each_msgid_once_when_callback_repeated__invariant_2()
    {
        await using var kf = await EmbeddedSyncer.StartAsync();
        kf.Sim.Relay.OnNotice = notice => Task.WhenAll(Enumerable.Range(0, 3).Select(_ => kf.Host.PublishCallbackAsync(notice.OpenKfId, notice.Token)));
        var msgid = await kf.Sim.SayAsync("wmAlice", "在吗");

        await kf.Captured.WaitForAsync([msgid], "the message on the bus");
        await Eventually.WaitAsync(() => kf.Captured.CallbacksConsumed >= 3, "all three callbacks consumed");

        Assert.Equal([msgid], kf.Captured.MessageIds);
    }

    [Fact]
    public async Task Should_publish_each_msgid_once_when_20_callbacks_arrive_at_once__invariant_2()
    {
        await using var kf = await EmbeddedSyncer.StartAsync();
        var msgids = await Task.WhenAll(Enumerable.Range(1, 20).Select(i => kf.Sim.SayAsync($"wmCustomer{i % 4}", $"消息 {i}")));

        await kf.Captured.WaitForAsync(msgids, "all 20 messages on the bus");
        await Eventually.WaitAsync(() => kf.Captured.CallbacksConsumed >= kf.Sim.Relay.Relayed && kf.Sim.Relay.Relayed >= 20, "every relayed callback consumed");

        Assert.Equal(msgids.Order(), kf.Captured.MessageIds.Order());
        Assert.Equal(20, (await kf.Host.LogAsync()).Count);
    }

    [Fact]
    public async Task Should_pull_without_the_token_when_sync_msg_answers_95007()
    {
        await using var kf = await EmbeddedSyncer.StartAsync();
        kf.Sim.Relay.OnNotice = notice => kf.Host.PublishCallbackAsync(notice.OpenKfId, "ENCthisTokenWasNeverIssuedByTheServer000");
        var msgid = await kf.Sim.SayAsync("wmAlice", "token?");

        await kf.Captured.WaitForAsync([msgid], "the message on the bus despite the rejected token");
        Assert.Equal([msgid], kf.Captured.MessageIds);
    }

    [Fact]
    public async Task Should_publish_a_message_whose_callback_was_dropped_when_the_safety_poll_runs__invariant_3()
    {
        var sim = await Sim.StartAsync();
        await using var _ = sim;
        await sim.FaultAsync(new { kind = "callback_drop", count = 1 });
        var msgid = await sim.SayAsync("wmAlice", "有人吗");
        // The push runs after the control API answered: wait until the simulator counted it as dropped.
        await Eventually.WaitAsync(async () => (int)(await sim.StatsAsync())["callbacks"]!["dropped"]!, dropped => dropped == 1, "the callback dropped");

        await using var host = await SyncerHost.StartAsync(sim, Backend.Embedded(), new Dictionary<string, string?>
        {
            ["Syncer:OpenKfIds:0"] = sim.OpenKfId,
            ["Syncer:SafetyPollInterval"] = "00:00:01",
        });

        await host.Captured.WaitForAsync([msgid], "the message found by the safety poll");
        Assert.Equal([msgid], host.Captured.MessageIds);
        Assert.Equal(0, sim.Relay.Relayed);
    }
}
