namespace Kf.Simulator.Tests.Api;

public sealed class SyncMsgTests
{
    [Fact]
    public async Task Should_page_with_opaque_cursors_when_limit_is_below_the_backlog()
    {
        await using var sim = await SimulatorHost.StartAsync();
        await sim.Client.PostControlAsync("history", new { open_kfid = SimulatorHost.OpenKfId, external_userid = SimClient.Customer, count = 5, age_hours = 1 });

        var first = await sim.Client.SyncAsync(new { open_kfid = SimulatorHost.OpenKfId, limit = 2 });
        Assert.Equal(1, (int)first["has_more"]!);
        Assert.Equal(2, first["msg_list"]!.AsArray().Count);
        var all = await sim.Client.SyncAllAsync(limit: 2);
        Assert.Equal(5, all.Count);
        Assert.Equal(5, all.Select(m => m.Str("msgid")).Distinct().Count());

        var last = await sim.Client.SyncAsync(new { open_kfid = SimulatorHost.OpenKfId, cursor = first.Str("next_cursor"), limit = 1000 });
        Assert.Equal(3, last["msg_list"]!.AsArray().Count);
        Assert.Equal(0, (int)last["has_more"]!);
        Assert.True(last.Str("next_cursor").Length <= 64);
    }

    [Fact]
    public async Task Should_return_nothing_new_when_the_cursor_is_at_the_end()
    {
        await using var sim = await SimulatorHost.StartAsync();
        await sim.Client.SayAsync();
        var first = await sim.Client.SyncAsync(new { open_kfid = SimulatorHost.OpenKfId });
        var again = await sim.Client.SyncAsync(new { open_kfid = SimulatorHost.OpenKfId, cursor = first.Str("next_cursor") });
        Assert.Empty(again["msg_list"]!.AsArray());
        Assert.Equal(first.Str("next_cursor"), again.Str("next_cursor"));
    }

    [Theory]
    [InlineData(1001)]
    [InlineData(-1)]
    public async Task Should_answer_40058_when_limit_is_out_of_range(int limit)
    {
        await using var sim = await SimulatorHost.StartAsync();
        Assert.Equal(40058, (await sim.Client.SyncAsync(new { open_kfid = SimulatorHost.OpenKfId, limit })).Code());
    }

    [Fact]
    public async Task Should_answer_40058_when_the_cursor_was_not_issued_by_the_server()
    {
        await using var sim = await SimulatorHost.StartAsync();
        Assert.Equal(40058, (await sim.Client.SyncAsync(new { open_kfid = SimulatorHost.OpenKfId, cursor = "not-a-cursor" })).Code());
    }

    [Fact]
    public async Task Should_answer_95000_when_the_open_kfid_is_unknown()
    {
        await using var sim = await SimulatorHost.StartAsync();
        Assert.Equal(95000, (await sim.Client.SyncAsync(new { open_kfid = "wkUnknown" })).Code());
    }

    [Fact]
    public async Task Should_keep_messages_three_days_when_pulling_without_a_cursor()
    {
        await using var sim = await SimulatorHost.StartAsync();
        await sim.Client.PostControlAsync("history", new { external_userid = "wmOld", count = 2, age_hours = 73 });
        await sim.Client.PostControlAsync("history", new { external_userid = "wmRecent", count = 3, age_hours = 71 });
        var all = await sim.Client.SyncAllAsync();
        Assert.Equal(3, all.Count);
        Assert.All(all, m => Assert.Equal("wmRecent", m.Str("external_userid")));
    }

    [Fact]
    public async Task Should_accept_the_callback_token_for_ten_minutes_then_answer_95007()
    {
        await using var sim = await SimulatorHost.StartAsync(new Dictionary<string, string?> { ["Simulator:SyncWithoutTokenPerMinute"] = "1" });
        var token = await sim.SyncTokenAsync();
        Assert.Equal(0, (await sim.Client.SyncAsync(new { open_kfid = SimulatorHost.OpenKfId, token })).Code());
        Assert.Equal(0, (await sim.Client.SyncAsync(new { open_kfid = SimulatorHost.OpenKfId, token })).Code());
        await sim.Client.AdvanceAsync(TimeSpan.FromMinutes(10));
        Assert.Equal(95007, (await sim.Client.SyncAsync(new { open_kfid = SimulatorHost.OpenKfId, token })).Code());
    }

    [Fact]
    public async Task Should_answer_95007_when_the_token_was_never_issued()
    {
        await using var sim = await SimulatorHost.StartAsync();
        Assert.Equal(95007, (await sim.Client.SyncAsync(new { open_kfid = SimulatorHost.OpenKfId, token = "ENCforged" })).Code());
    }

    [Fact]
    public async Task Should_answer_45009_when_token_less_calls_pass_the_configured_rate()
    {
        await using var sim = await SimulatorHost.StartAsync(new Dictionary<string, string?> { ["Simulator:SyncWithoutTokenPerMinute"] = "3" });
        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(0, (await sim.Client.SyncAsync(new { open_kfid = SimulatorHost.OpenKfId })).Code());
        }

        Assert.Equal(45009, (await sim.Client.SyncAsync(new { open_kfid = SimulatorHost.OpenKfId })).Code());
        await sim.Client.AdvanceAsync(TimeSpan.FromMinutes(1));
        Assert.Equal(0, (await sim.Client.SyncAsync(new { open_kfid = SimulatorHost.OpenKfId })).Code());
    }

    [Fact]
    public async Task Should_return_origins_3_4_and_5_when_customer_system_and_servicer_speak()
    {
        await using var sim = await SimulatorHost.StartAsync();
        await sim.Client.PostControlAsync($"customers/{SimClient.Customer}/messages", new { msgtype = "event", @event = "enter_session" });
        await sim.Client.SayAsync();
        await sim.Client.PostControlAsync($"customers/{SimClient.Customer}/messages", new { msgtype = "text", text = "人工回复", origin = 5, servicer_userid = "servicer_zhang" });
        var all = await sim.Client.SyncAllAsync();
        Assert.Equal([4, 3, 5], all.Select(m => (int)m["origin"]!));
        Assert.Equal("servicer_zhang", all[2].Str("servicer_userid"));
        Assert.Equal("你好", all[1]["text"]!.Str("content"));
    }
}
