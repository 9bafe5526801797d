using System.Net;

namespace Kf.Simulator.Tests.Control;

public sealed class ControlApiTests
{
    [Fact]
    public async Task Should_require_open_kfid_when_several_accounts_exist()
    {
        await using var sim = await SimulatorHost.StartAsync(new Dictionary<string, string?> { ["Simulator:OpenKfIds:1"] = "wkSecond" });
        await sim.Client.PostControlAsync($"customers/{SimClient.Customer}/messages", new { msgtype = "text", text = "hi" }, HttpStatusCode.BadRequest);
        await sim.Client.PostControlAsync($"customers/{SimClient.Customer}/messages", new { open_kfid = "wkSecond", msgtype = "text", text = "hi" });
        Assert.Equal(0, (await sim.Client.SendTextAsync("to second", openKfId: "wkSecond")).Code());
        Assert.Equal(95002, (await sim.Client.SendTextAsync("to first")).Code());
    }

    [Fact]
    public async Task Should_forget_everything_when_reset()
    {
        await using var sim = await SimulatorHost.StartAsync();
        await sim.Client.SayAsync();
        await sim.Client.SendTextAsync("x");
        await sim.Client.PostControlAsync("reset", new { });
        Assert.Empty(await sim.Client.SentAsync());
        Assert.Empty(await sim.Client.SyncAllAsync());
        Assert.Empty((JsonArray)await sim.Client.GetControlAsync("sessions"));
        Assert.Equal(0, (await sim.Client.CallAsync("kf/account/list", new { })).Code());
    }

    [Fact]
    public async Task Should_count_calls_per_endpoint_and_sends_per_errcode()
    {
        await using var sim = await SimulatorHost.StartAsync();
        await sim.Client.SayAsync();
        await sim.Client.SendTextAsync("ok");
        await sim.Client.SendTextAsync("bad", "bad id");
        var stats = await sim.Client.GetControlAsync("stats");
        Assert.Equal(2, (int)stats["api_calls"]!["send_msg"]!);
        Assert.Equal(1, (int)stats["api_calls"]!["gettoken"]!);
        Assert.Equal(1, (int)stats["sends_by_errcode"]!["40058"]!);
    }

    [Fact]
    public async Task Should_answer_507_naming_the_bound_when_the_store_is_full()
    {
        await using var sim = await SimulatorHost.StartAsync(new Dictionary<string, string?> { ["Simulator:MaxStoredItems"] = "100" });
        await sim.Client.PostControlAsync("history", new { external_userid = SimClient.Customer, count = 100, age_hours = 1 });
        var full = await sim.Client.PostControlAsync($"customers/{SimClient.Customer}/messages", new { msgtype = "text", text = "one more" }, HttpStatusCode.InsufficientStorage);
        Assert.Contains("Simulator:MaxStoredItems", full.Str("error"));
    }

    [Fact]
    public async Task Should_emit_a_transfer_event_and_report_the_state_when_a_servicer_takes_over()
    {
        await using var sim = await SimulatorHost.StartAsync();
        await sim.Client.SayAsync();
        var reply = await sim.Client.PostControlAsync($"sessions/{SimClient.Customer}/state", new { service_state = 3, servicer_userid = "servicer_zhang" });
        Assert.Equal(3, (int)reply["service_state"]!);
        var change = Assert.Single(await sim.Client.OfTypeAsync("session_status_change"));
        Assert.Equal(2, (int)change["change_type"]!);
        Assert.Equal("servicer_zhang", change.Str("new_servicer_userid"));
    }
}
