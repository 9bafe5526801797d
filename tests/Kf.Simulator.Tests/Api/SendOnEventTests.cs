namespace Kf.Simulator.Tests.Api;

public sealed class SendOnEventTests
{
    [Fact]
    public async Task Should_send_the_welcome_once_when_the_code_is_used_within_20_seconds()
    {
        await using var sim = await SimulatorHost.StartAsync();
        var code = await sim.Client.EnterAsync();
        Assert.NotEmpty(code);
        await sim.Client.AdvanceAsync(TimeSpan.FromSeconds(19));
        Assert.Equal(0, (await sim.Client.SendOnEventAsync(code, "msgmenu")).Code());
        Assert.Equal(95007, (await sim.Client.SendOnEventAsync(code)).Code());
        var sent = Assert.Single(await sim.Client.SentAsync());
        Assert.Equal("send_msg_on_event", sent!.Str("via"));
    }

    [Fact]
    public async Task Should_answer_95007_when_the_welcome_code_is_older_than_20_seconds()
    {
        await using var sim = await SimulatorHost.StartAsync();
        var code = await sim.Client.EnterAsync();
        await sim.Client.AdvanceAsync(TimeSpan.FromSeconds(20));
        Assert.Equal(95007, (await sim.Client.SendOnEventAsync(code)).Code());
    }

    [Fact]
    public async Task Should_omit_the_welcome_code_when_the_customer_wrote_within_48_hours()
    {
        await using var sim = await SimulatorHost.StartAsync();
        await sim.Client.SayAsync();
        Assert.Empty(await sim.Client.EnterAsync());
    }

    [Fact]
    public async Task Should_answer_40058_when_the_code_is_unknown()
    {
        await using var sim = await SimulatorHost.StartAsync();
        Assert.Equal(40058, (await sim.Client.SendOnEventAsync("made-up")).Code());
    }

    [Fact]
    public async Task Should_accept_text_only_for_48_hours_when_the_code_came_from_entering_the_queue()
    {
        await using var sim = await SimulatorHost.StartAsync();
        await sim.Client.SayAsync();
        var trans = await sim.Client.CallAsync("kf/service_state/trans", new { open_kfid = SimulatorHost.OpenKfId, external_userid = SimClient.Customer, service_state = 2 });
        var code = trans.Str("msg_code");
        Assert.Equal(40008, (await sim.Client.SendOnEventAsync(code, "msgmenu")).Code());
        await sim.Client.AdvanceAsync(TimeSpan.FromHours(47));
        Assert.Equal(0, (await sim.Client.SendOnEventAsync(code, content: "您已进入排队")).Code());
    }

    [Fact]
    public async Task Should_expire_after_48_hours_when_the_code_came_from_a_servicer_taking_over()
    {
        await using var sim = await SimulatorHost.StartAsync();
        await sim.Client.SayAsync();
        await sim.Client.PostControlAsync($"sessions/{SimClient.Customer}/state", new { service_state = 2 });
        await sim.Client.PostControlAsync($"sessions/{SimClient.Customer}/state", new { service_state = 3, servicer_userid = "servicer_li" });
        var change = Assert.Single(await sim.Client.OfTypeAsync("session_status_change"));
        Assert.Equal(1, (int)change["change_type"]!);
        await sim.Client.AdvanceAsync(TimeSpan.FromHours(48));
        Assert.Equal(95007, (await sim.Client.SendOnEventAsync(change.Str("msg_code"))).Code());
    }

    [Fact]
    public async Task Should_accept_a_menu_within_20_seconds_when_the_code_came_from_ending_the_session()
    {
        await using var sim = await SimulatorHost.StartAsync();
        await sim.Client.SayAsync();
        await sim.Client.PostControlAsync($"sessions/{SimClient.Customer}/state", new { service_state = 4 });
        var ended = Assert.Single(await sim.Client.OfTypeAsync("session_status_change"));
        Assert.Equal(3, (int)ended["change_type"]!);
        Assert.Equal(0, (await sim.Client.SendOnEventAsync(ended.Str("msg_code"), "msgmenu", "请评价本次服务")).Code());
    }
}
