using System.Text.Json;
using Kf.Storage;
using Kf.Syncer.Pulling;

namespace Kf.Syncer.Tests;

/// <summary>Direct pulls against the simulator (embedded stand-ins, real SQLite stores).</summary>
public sealed class PullLoopTests
{
    [Fact]
    public async Task Should_page_until_has_more_is_0_when_the_backlog_exceeds_the_limit__invariant_3()
    {
        await using var kf = await EmbeddedSyncer.StartAsync(new Dictionary<string, string?> { ["Syncer:BatchLimit"] = "7" });
        kf.Sim.Relay.OnNotice = _ => Task.CompletedTask;
        var msgids = await kf.Sim.HistoryAsync("wmAlice", 30, ageHours: 0);

        Assert.Equal(PullOutcome.Drained, await kf.Host.PullAsync());

        await kf.Captured.WaitForAsync(msgids, "all 30 messages");
        Assert.Equal(msgids, kf.Captured.MessageIds);
        Assert.True(await kf.Sim.SyncCallsAsync() >= 5, "30 messages at 7 a page take 5 pages");
        var more = await kf.Sim.SayAsync("wmAlice", "one more");
        Assert.Equal(PullOutcome.Drained, await kf.Host.PullAsync());
        await kf.Captured.WaitForAsync([more], "the next message, from the saved cursor");
        Assert.Equal([.. msgids, more], kf.Captured.MessageIds);
    }

    [Fact]
    public async Task Should_record_history_as_stale_and_publish_nothing_when_cold_start_finds_3_days__invariant_7()
    {
        await using var kf = await EmbeddedSyncer.StartAsync(new Dictionary<string, string?> { ["Syncer:BatchLimit"] = "50" });
        kf.Sim.Relay.OnNotice = _ => Task.CompletedTask;
        var old = new List<string>();
        foreach (var hours in new[] { 71, 48, 24, 1 })
        {
            old.AddRange(await kf.Sim.HistoryAsync($"wmOld{hours}", 40, hours));
        }

        Assert.Equal(PullOutcome.Drained, await kf.Host.PullAsync());
        var fresh = await kf.Sim.SayAsync("wmNew", "刚刚");
        Assert.Equal(PullOutcome.Drained, await kf.Host.PullAsync());

        await kf.Captured.WaitForAsync([fresh], "the fresh message after cold start");
        Assert.Equal([fresh], kf.Captured.MessageIds);
        var log = (await kf.Host.LogAsync()).ToDictionary(e => e.MsgId, e => e.Disposition);
        Assert.All(old, id => Assert.Equal(MessageDisposition.Stale, log[id]));
        Assert.Equal(MessageDisposition.Published, log[fresh]);
    }

    [Fact]
    public async Task Should_record_servicer_messages_without_publishing_them()
    {
        await using var kf = await EmbeddedSyncer.StartAsync();
        kf.Sim.Relay.OnNotice = _ => Task.CompletedTask;
        var servicer = await kf.Sim.WriteAsync("wmAlice", new { msgtype = "text", text = "人工回复", origin = 5, servicer_userid = "servicer_zhang" });
        var customer = await kf.Sim.SayAsync("wmAlice", "谢谢");

        Assert.Equal(PullOutcome.Drained, await kf.Host.PullAsync());

        await kf.Captured.WaitForAsync([customer], "the customer's message");
        Assert.Equal([customer], kf.Captured.MessageIds);
        var log = (await kf.Host.LogAsync()).ToDictionary(e => e.MsgId, e => e.Disposition);
        Assert.Equal(MessageDisposition.ServicerMessage, log[servicer]);
    }

    [Fact]
    public async Task Should_publish_unknown_msgtypes_with_their_raw_json_intact()
    {
        await using var kf = await EmbeddedSyncer.StartAsync();
        kf.Sim.Relay.OnNotice = _ => Task.CompletedTask;
        var msgid = await kf.Sim.WriteAsync("wmAlice", new { msgtype = "hologram", hologram = new { frames = 3, title = "全息" } });

        Assert.Equal(PullOutcome.Drained, await kf.Host.PullAsync());

        await kf.Captured.WaitForAsync([msgid], "the unknown msgtype");
        var message = Assert.Single(kf.Captured.Messages);
        Assert.Equal("hologram", message.MsgType);
        using var raw = JsonDocument.Parse(message.RawJson);
        Assert.Equal(3, raw.RootElement.GetProperty("hologram").GetProperty("frames").GetInt32());
        Assert.Equal("全息", raw.RootElement.GetProperty("hologram").GetProperty("title").GetString());
        Assert.Equal(msgid, raw.RootElement.GetProperty("msgid").GetString());
    }

    [Fact]
    public async Task Should_publish_events_as_CustomerEventReceived_when_origin_is_4()
    {
        await using var kf = await EmbeddedSyncer.StartAsync();
        kf.Sim.Relay.OnNotice = _ => Task.CompletedTask;
        var msgid = await kf.Sim.WriteAsync("wmAlice", new { msgtype = "event", @event = "enter_session", scene_param = "ad1" });

        Assert.Equal(PullOutcome.Drained, await kf.Host.PullAsync());

        await Eventually.WaitAsync(() => !kf.Captured.Events.IsEmpty, "the event on the bus");
        var evt = Assert.Single(kf.Captured.Events);
        Assert.Equal((msgid, "enter_session", "wmAlice"), (evt.MsgId, evt.EventType, evt.ExternalUserId));
        Assert.Empty(kf.Captured.Messages);
        Assert.Equal(MessageDisposition.EventPublished, Assert.Single(await kf.Host.LogAsync()).Disposition);
    }
}
