using Kf.WeCom.Models;

namespace Kf.Simulator.Tests.Api;

/// <summary>sync_msg rules through the shared client; raw HTTP where the client refuses the input.</summary>
public sealed class SyncMsgTests
{
    [Fact]
    public async Task Should_page_with_opaque_cursors_when_limit_is_below_the_backlog()
    {
        await using var sim = await SimulatorHost.StartAsync();
        await sim.Client.PostControlAsync("history", new { open_kfid = SimulatorHost.OpenKfId, external_userid = SimClient.Customer, count = 5, age_hours = 1 });

        var first = await sim.Api.SyncAsync(limit: 2);
        Assert.True(first.HasMoreMessages);
        Assert.Equal(2, first.MsgList.Count);
        var all = await sim.Api.SyncAllAsync(limit: 2);
        Assert.Equal(5, all.Select(m => m.MsgId).Distinct().Count());

        var last = await sim.Api.SyncAsync(first.NextCursor, limit: 1000);
        Assert.Equal(3, last.MsgList.Count);
        Assert.False(last.HasMoreMessages);
        Assert.True(last.NextCursor.Length <= 64);
    }

    [Fact]
    public async Task Should_return_nothing_new_when_the_cursor_is_at_the_end()
    {
        await using var sim = await SimulatorHost.StartAsync();
        await sim.Client.SayAsync();
        var first = await sim.Api.SyncAsync();
        var again = await sim.Api.SyncAsync(first.NextCursor);
        Assert.Empty(again.MsgList);
        Assert.Equal(first.NextCursor, again.NextCursor);
    }

    [Theory]
    [InlineData(1001)]
    [InlineData(-1)]
    public async Task Should_answer_40058_when_limit_is_out_of_range(int limit)
    {
        await using var sim = await SimulatorHost.StartAsync();
        Assert.Equal(40058, (await sim.Client.SyncAsync(new { open_kfid = SimulatorHost.OpenKfId, limit })).Code());
    }

    [Theory]
    [InlineData(1001)]
    [InlineData(-1)]
    public async Task Should_refuse_to_send_when_the_client_is_given_a_limit_out_of_range(int limit)
    {
        await using var sim = await SimulatorHost.StartAsync();
        await Assert.ThrowsAsync<ArgumentException>(() => sim.Api.SyncAsync(limit: limit));
        Assert.Equal(0, await sim.Client.ApiCallsAsync("sync_msg"));
    }

    [Fact]
    public async Task Should_accept_the_documented_maximum_limit_of_1000_through_the_client()
    {
        await using var sim = await SimulatorHost.StartAsync();
        await sim.Client.PostControlAsync("history", new { external_userid = SimClient.Customer, count = 1001, age_hours = 1 });
        var page = await sim.Api.SyncAsync(limit: 1000);
        Assert.Equal(1000, page.MsgList.Count);
        Assert.True(page.HasMoreMessages);
    }

    [Fact]
    public async Task Should_surface_40058_when_the_cursor_was_not_issued_by_the_server()
    {
        await using var sim = await SimulatorHost.StartAsync();
        Assert.Equal(40058, await sim.Api.SyncAsync("not-a-cursor").ErrCodeAsync());
    }

    [Fact]
    public async Task Should_surface_95000_when_the_open_kfid_is_unknown()
    {
        await using var sim = await SimulatorHost.StartAsync();
        Assert.Equal(95000, await sim.Api.SyncAsync(openKfId: "wkUnknown").ErrCodeAsync());
    }

    [Fact]
    public async Task Should_keep_messages_three_days_when_pulling_without_a_cursor()
    {
        await using var sim = await SimulatorHost.StartAsync();
        await sim.Client.PostControlAsync("history", new { external_userid = "wmOld", count = 2, age_hours = 73 });
        await sim.Client.PostControlAsync("history", new { external_userid = "wmRecent", count = 3, age_hours = 71 });
        var all = await sim.Api.SyncAllAsync();
        Assert.Equal(3, all.Count);
        Assert.All(all, m => Assert.Equal("wmRecent", m.ExternalUserId));
    }

    [Fact]
    public async Task Should_accept_the_callback_token_for_ten_minutes_then_surface_95007()
    {
        await using var sim = await SimulatorHost.StartAsync(new Dictionary<string, string?> { ["Simulator:SyncWithoutTokenPerMinute"] = "1" });
        var token = await sim.SyncTokenAsync();
        Assert.Single((await sim.Api.SyncAsync(token: token)).MsgList);
        Assert.Equal(0, await sim.Api.SyncAsync(token: token).ErrCodeAsync());
        await sim.Client.AdvanceAsync(TimeSpan.FromMinutes(10));
        Assert.Equal(95007, await sim.Api.SyncAsync(token: token).ErrCodeAsync());
    }

    [Fact]
    public async Task Should_surface_95007_when_the_token_was_never_issued()
    {
        await using var sim = await SimulatorHost.StartAsync();
        Assert.Equal(95007, await sim.Api.SyncAsync(token: "ENCforged").ErrCodeAsync());
    }

    [Fact]
    public async Task Should_surface_45009_when_token_less_calls_pass_the_configured_rate()
    {
        await using var sim = await SimulatorHost.StartAsync(new Dictionary<string, string?> { ["Simulator:SyncWithoutTokenPerMinute"] = "3" });
        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(0, await sim.Api.SyncAsync().ErrCodeAsync());
        }

        Assert.Equal(45009, await sim.Api.SyncAsync().ErrCodeAsync());
        await sim.Client.AdvanceAsync(TimeSpan.FromMinutes(1));
        Assert.Equal(0, await sim.Api.SyncAsync().ErrCodeAsync());
    }

    [Fact]
    public async Task Should_return_origins_3_4_and_5_when_customer_system_and_servicer_speak()
    {
        await using var sim = await SimulatorHost.StartAsync();
        await sim.Client.PostControlAsync($"customers/{SimClient.Customer}/messages", new { msgtype = "event", @event = "enter_session" });
        await sim.Client.SayAsync();
        await sim.Client.PostControlAsync($"customers/{SimClient.Customer}/messages", new { msgtype = "text", text = "人工回复", origin = 5, servicer_userid = "servicer_zhang" });
        var all = await sim.Api.SyncAllAsync();
        Assert.Equal([MessageOrigin.SystemEvent, MessageOrigin.Customer, MessageOrigin.Servicer], all.Select(m => m.Origin));
        Assert.Equal("servicer_zhang", all[2].ServicerUserId);
        Assert.Equal("你好", all[1].Text?.Content);
    }
}
