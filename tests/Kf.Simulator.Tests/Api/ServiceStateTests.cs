namespace Kf.Simulator.Tests.Api;

public sealed class ServiceStateTests
{
    private static object Trans(int state, string servicer = "") =>
        new { open_kfid = SimulatorHost.OpenKfId, external_userid = SimClient.Customer, service_state = state, servicer_userid = servicer };

    private static readonly object Get = new { open_kfid = SimulatorHost.OpenKfId, external_userid = SimClient.Customer };

    [Fact]
    public async Task Should_report_state_0_when_the_customer_just_wrote()
    {
        await using var sim = await SimulatorHost.StartAsync();
        await sim.Client.SayAsync();
        var reply = await sim.Client.CallAsync("kf/service_state/get", Get);
        Assert.Equal(0, (int)reply["service_state"]!);
    }

    [Fact]
    public async Task Should_hand_over_to_a_serving_servicer_when_trans_to_3()
    {
        await using var sim = await SimulatorHost.StartAsync();
        await sim.Client.SayAsync();
        var trans = await sim.Client.CallAsync("kf/service_state/trans", Trans(3, "servicer_zhang"));
        Assert.Equal(0, trans.Code());
        Assert.False(string.IsNullOrEmpty(trans.Str("msg_code")));
        var reply = await sim.Client.CallAsync("kf/service_state/get", Get);
        Assert.Equal(3, (int)reply["service_state"]!);
        Assert.Equal("servicer_zhang", reply.Str("servicer_userid"));
    }

    [Fact]
    public async Task Should_answer_95014_when_the_servicer_stopped_serving()
    {
        await using var sim = await SimulatorHost.StartAsync();
        await sim.Client.SayAsync();
        await sim.Client.PostControlAsync($"customers/{SimClient.Customer}/messages", new { msgtype = "event", @event = "servicer_status_change", servicer_userid = "servicer_li", status = 2 });
        Assert.Equal(95014, (await sim.Client.CallAsync("kf/service_state/trans", Trans(3, "servicer_li"))).Code());
        Assert.Equal(95014, (await sim.Client.CallAsync("kf/service_state/trans", Trans(3, "nobody"))).Code());
    }

    [Fact]
    public async Task Should_answer_95016_when_the_transition_is_not_allowed()
    {
        await using var sim = await SimulatorHost.StartAsync();
        await sim.Client.SayAsync();
        await sim.Client.CallAsync("kf/service_state/trans", Trans(2));
        Assert.Equal(95016, (await sim.Client.CallAsync("kf/service_state/trans", Trans(1))).Code());
    }

    [Fact]
    public async Task Should_answer_95013_when_the_session_has_ended_and_reopen_on_a_new_customer_message()
    {
        await using var sim = await SimulatorHost.StartAsync();
        await sim.Client.SayAsync();
        Assert.Equal(0, (await sim.Client.CallAsync("kf/service_state/trans", Trans(4))).Code());
        Assert.Equal(95013, (await sim.Client.CallAsync("kf/service_state/trans", Trans(1))).Code());
        await sim.Client.SayAsync("我又来了");
        Assert.Equal(0, (int)(await sim.Client.CallAsync("kf/service_state/get", Get))["service_state"]!);
        Assert.Equal(0, (await sim.Client.SendTextAsync("欢迎回来")).Code());
    }

    [Fact]
    public async Task Should_answer_40096_when_the_customer_is_unknown()
    {
        await using var sim = await SimulatorHost.StartAsync();
        Assert.Equal(40096, (await sim.Client.CallAsync("kf/service_state/get", Get)).Code());
    }
}
