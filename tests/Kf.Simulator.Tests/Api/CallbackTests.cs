namespace Kf.Simulator.Tests.Api;

public sealed class CallbackTests
{
    private static Task<JsonObject> StatsAsync(SimulatorHost sim) =>
        sim.Client.GetControlAsync("stats").ContinueWith(t => t.Result["callbacks"]!.AsObject(), TaskScheduler.Default);

    private static Task<JsonObject> SettledAsync(SimulatorHost sim, Func<JsonObject, bool> done, string what) =>
        Eventually.WaitAsync(() => StatsAsync(sim), done, what);

    [Fact]
    public async Task Should_push_a_notice_the_official_crypto_accepts_when_the_customer_writes()
    {
        await using var sim = await SimulatorHost.StartAsync();
        var token = await sim.SyncTokenAsync();
        var notice = Assert.Single(sim.Receiver.Notices);
        Assert.Empty(sim.Receiver.Rejections);
        Assert.Equal(SimulatorHost.OpenKfId, notice.OpenKfId);
        Assert.Equal(SimulatorHost.CorpId, notice.ToUserName);
        var pulled = await sim.Client.SyncAsync(new { open_kfid = SimulatorHost.OpenKfId, token });
        Assert.Single(pulled["msg_list"]!.AsArray());
    }

    [Fact]
    public async Task Should_push_every_event_with_a_fresh_token_when_several_arrive()
    {
        await using var sim = await SimulatorHost.StartAsync();
        await sim.Client.EnterAsync();
        await sim.Client.SayAsync();
        await sim.Client.PostControlAsync($"sessions/{SimClient.Customer}/state", new { service_state = 4 });
        await SettledAsync(sim, s => (int)s["delivered"]! == 3, "three pushes delivered");
        Assert.Equal(3, sim.Receiver.Notices.Select(n => n.Token).Distinct().Count());
    }

    [Fact]
    public async Task Should_retry_until_200_when_the_receiver_fails_twice()
    {
        await using var sim = await SimulatorHost.StartAsync();
        sim.Receiver.Script.Enqueue(500);
        sim.Receiver.Script.Enqueue(503);
        await sim.Client.SayAsync();
        var stats = await SettledAsync(sim, s => (int)s["delivered"]! == 1, "delivered on the third try");
        Assert.Equal(3, (int)stats["attempts"]!);
        var attempts = (JsonArray)await sim.Client.GetControlAsync("callbacks");
        Assert.Equal(["failed", "failed", "delivered"], attempts.Select(a => a!.Str("outcome")));
        Assert.Equal([500, 503, 200], attempts.Select(a => (int)a!["status"]!));
    }

    [Fact]
    public async Task Should_give_up_after_three_tries_when_no_200_comes()
    {
        await using var sim = await SimulatorHost.StartAsync();
        for (var i = 0; i < 4; i++)
        {
            sim.Receiver.Script.Enqueue(500);
        }

        await sim.Client.SayAsync();
        var stats = await SettledAsync(sim, s => (int)s["failed"]! == 1, "the push given up");
        Assert.Equal(3, (int)stats["attempts"]!);
        Assert.Equal(3, sim.Receiver.Attempts);
    }

    [Fact]
    public async Task Should_retry_when_the_receiver_does_not_answer_within_the_timeout()
    {
        await using var sim = await SimulatorHost.StartAsync(new Dictionary<string, string?> { ["Simulator:CallbackTimeoutMs"] = "200" });
        sim.Receiver.Script.Enqueue(null);
        await sim.Client.SayAsync();
        await SettledAsync(sim, s => (int)s["delivered"]! == 1, "delivered on the second try");
        var attempts = (JsonArray)await sim.Client.GetControlAsync("callbacks");
        Assert.Contains("no answer", attempts[0]!.Str("error"));
        Assert.Equal(2, attempts.Count);
    }

    [Fact]
    public async Task Should_drop_the_next_pushes_when_callback_drop_is_set()
    {
        await using var sim = await SimulatorHost.StartAsync();
        await sim.Client.FaultAsync(new { kind = "callback_drop", count = 2 });
        await sim.Client.SayAsync("1");
        await sim.Client.SayAsync("2");
        await sim.Client.SayAsync("3");
        var stats = await SettledAsync(sim, s => (int)s["dropped"]! == 2 && (int)s["delivered"]! == 1, "two dropped, one delivered");
        Assert.Equal(3, (int)stats["pushed"]!);
        Assert.Single(sim.Receiver.Notices);
        Assert.Equal(3, (await sim.Client.SyncAllAsync()).Count);
    }

    [Fact]
    public async Task Should_withhold_pushes_while_suspended_and_resume_after()
    {
        await using var sim = await SimulatorHost.StartAsync();
        await sim.Client.FaultAsync(new { kind = "callback_suspend", seconds = 60 });
        await sim.Client.SayAsync("during");
        await SettledAsync(sim, s => (int)s["suspended"]! == 1, "one push suspended");
        await sim.Client.AdvanceAsync(TimeSpan.FromSeconds(60));
        await sim.Client.SayAsync("after");
        await SettledAsync(sim, s => (int)s["delivered"]! == 1, "the next push delivered");
        Assert.Single(sim.Receiver.Notices);
    }

    [Fact]
    public async Task Should_not_push_when_history_is_seeded()
    {
        await using var sim = await SimulatorHost.StartAsync();
        await sim.Client.PostControlAsync("history", new { external_userid = SimClient.Customer, count = 3, age_hours = 5 });
        await sim.Client.SayAsync();
        await SettledAsync(sim, s => (int)s["delivered"]! == 1, "the live message pushed");
        Assert.Equal(1, (int)(await StatsAsync(sim))["pushed"]!);
    }
}
