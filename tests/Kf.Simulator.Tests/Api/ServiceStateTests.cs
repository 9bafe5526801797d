using Kf.WeCom.Models;
using static Kf.Simulator.Tests.Infrastructure.ApiCalls;

namespace Kf.Simulator.Tests.Api;

/// <summary>service_state get/trans (§6) through the shared client.</summary>
public sealed class ServiceStateTests
{
    [Fact]
    public async Task Should_report_state_0_when_the_customer_just_wrote()
    {
        await using var sim = await SimulatorHost.StartAsync();
        await sim.Client.SayAsync();
        Assert.Equal(ServiceState.Unhandled, (await sim.Api.GetServiceStateAsync(StateOf())).ServiceState);
    }

    [Fact]
    public async Task Should_hand_over_to_a_serving_servicer_when_trans_to_3()
    {
        await using var sim = await SimulatorHost.StartAsync();
        await sim.Client.SayAsync();
        var trans = await sim.Api.TransServiceStateAsync(Trans(ServiceState.ServedByHuman, "servicer_zhang"));
        Assert.False(string.IsNullOrEmpty(trans.MsgCode));
        var reply = await sim.Api.GetServiceStateAsync(StateOf());
        Assert.Equal((ServiceState.ServedByHuman, "servicer_zhang"), (reply.ServiceState, reply.ServicerUserId));
    }

    [Fact]
    public async Task Should_surface_95014_when_the_servicer_stopped_serving()
    {
        await using var sim = await SimulatorHost.StartAsync();
        await sim.Client.SayAsync();
        await sim.Client.PostControlAsync($"customers/{SimClient.Customer}/messages", new { msgtype = "event", @event = "servicer_status_change", servicer_userid = "servicer_li", status = 2 });
        Assert.Equal(95014, await sim.Api.TransServiceStateAsync(Trans(ServiceState.ServedByHuman, "servicer_li")).ErrCodeAsync());
        Assert.Equal(95014, await sim.Api.TransServiceStateAsync(Trans(ServiceState.ServedByHuman, "nobody")).ErrCodeAsync());
        Assert.Equal(0, await sim.Api.TransServiceStateAsync(Trans(ServiceState.ServedByHuman, "servicer_zhang")).ErrCodeAsync());
    }

    [Fact]
    public async Task Should_surface_95016_when_the_transition_is_not_allowed()
    {
        await using var sim = await SimulatorHost.StartAsync();
        await sim.Client.SayAsync();
        await sim.Api.TransServiceStateAsync(Trans(ServiceState.Queued));
        Assert.Equal(95016, await sim.Api.TransServiceStateAsync(Trans(ServiceState.ServedByBot)).ErrCodeAsync());
    }

    [Fact]
    public async Task Should_surface_95013_when_the_session_has_ended_and_reopen_on_a_new_customer_message()
    {
        await using var sim = await SimulatorHost.StartAsync();
        await sim.Client.SayAsync();
        Assert.Equal(0, await sim.Api.TransServiceStateAsync(Trans(ServiceState.Ended)).ErrCodeAsync());
        Assert.Equal(95013, await sim.Api.TransServiceStateAsync(Trans(ServiceState.ServedByBot)).ErrCodeAsync());
        await sim.Client.SayAsync("我又来了");
        Assert.Equal(ServiceState.Unhandled, (await sim.Api.GetServiceStateAsync(StateOf())).ServiceState);
        Assert.Equal(0, await sim.Api.SendTextAsync("欢迎回来").ErrCodeAsync());
    }

    [Fact]
    public async Task Should_surface_40096_when_the_customer_is_unknown()
    {
        await using var sim = await SimulatorHost.StartAsync();
        Assert.Equal(40096, await sim.Api.GetServiceStateAsync(StateOf("wmNobody")).ErrCodeAsync());
    }

    [Fact]
    public async Task Should_answer_with_the_state_as_a_number_on_the_wire()
    {
        await using var sim = await SimulatorHost.StartAsync();
        await sim.Client.SayAsync();
        var reply = await sim.Client.CallAsync("kf/service_state/get", new { open_kfid = SimulatorHost.OpenKfId, external_userid = SimClient.Customer });
        Assert.Equal(System.Text.Json.JsonValueKind.Number, reply["service_state"]!.GetValueKind());
    }
}
