using Kf.WeCom.Models;
using Kf.WeCom.Models.Events;

namespace Kf.Simulator.Tests.Api;

/// <summary>send_msg_on_event's codes (§5) through the shared client; raw HTTP where the client refuses the input.</summary>
public sealed class SendOnEventTests
{
    private static async Task<string> EnterAsync(SimulatorHost sim)
    {
        await sim.Client.PostControlAsync($"customers/{SimClient.Customer}/messages", new { msgtype = "event", @event = "enter_session", scene = "sc1", scene_param = "from-test" });
        return (await sim.Api.EventsAsync(KfEventTypes.EnterSession)).Last().EnterSession!.WelcomeCode ?? "";
    }

    private static async Task<SessionStatusChangeEvent> LastChangeAsync(SimulatorHost sim) =>
        (await sim.Api.EventsAsync(KfEventTypes.SessionStatusChange)).Last().SessionStatusChange!;

    [Fact]
    public async Task Should_send_the_welcome_once_when_the_code_is_used_within_20_seconds()
    {
        await using var sim = await SimulatorHost.StartAsync();
        var code = await EnterAsync(sim);
        Assert.NotEmpty(code);
        await sim.Client.AdvanceAsync(TimeSpan.FromSeconds(19));
        Assert.Equal(0, await sim.Api.SendOnEventAsync(code, "msgmenu").ErrCodeAsync());
        Assert.Equal(95007, await sim.Api.SendOnEventAsync(code).ErrCodeAsync());
        Assert.Equal("send_msg_on_event", Assert.Single(await sim.Client.SentAsync())!.Str("via"));
    }

    [Fact]
    public async Task Should_surface_95007_when_the_welcome_code_is_older_than_20_seconds()
    {
        await using var sim = await SimulatorHost.StartAsync();
        var code = await EnterAsync(sim);
        await sim.Client.AdvanceAsync(TimeSpan.FromSeconds(20));
        Assert.Equal(95007, await sim.Api.SendOnEventAsync(code).ErrCodeAsync());
    }

    [Fact]
    public async Task Should_omit_the_welcome_code_when_the_customer_wrote_within_48_hours()
    {
        await using var sim = await SimulatorHost.StartAsync();
        await sim.Client.SayAsync();
        Assert.Empty(await EnterAsync(sim));
    }

    [Fact]
    public async Task Should_surface_40058_when_the_code_is_unknown()
    {
        await using var sim = await SimulatorHost.StartAsync();
        Assert.Equal(40058, await sim.Api.SendOnEventAsync("made-up").ErrCodeAsync());
    }

    [Fact]
    public async Task Should_accept_text_only_for_48_hours_when_the_code_came_from_entering_the_queue()
    {
        await using var sim = await SimulatorHost.StartAsync();
        await sim.Client.SayAsync();
        var code = (await sim.Api.TransServiceStateAsync(ApiCalls.Trans(ServiceState.Queued))).MsgCode;
        Assert.Equal(40008, await sim.Api.SendOnEventAsync(code, "msgmenu").ErrCodeAsync());
        await sim.Client.AdvanceAsync(TimeSpan.FromHours(47));
        Assert.Equal(0, await sim.Api.SendOnEventAsync(code, content: "您已进入排队").ErrCodeAsync());
    }

    [Fact]
    public async Task Should_expire_after_48_hours_when_the_code_came_from_a_servicer_taking_over()
    {
        await using var sim = await SimulatorHost.StartAsync();
        await sim.Client.SayAsync();
        await sim.Client.PostControlAsync($"sessions/{SimClient.Customer}/state", new { service_state = 2 });
        await sim.Client.PostControlAsync($"sessions/{SimClient.Customer}/state", new { service_state = 3, servicer_userid = "servicer_li" });
        var change = await LastChangeAsync(sim);
        Assert.Equal(SessionChangeType.PickedFromQueue, change.ChangeType);
        await sim.Client.AdvanceAsync(TimeSpan.FromHours(48));
        Assert.Equal(95007, await sim.Api.SendOnEventAsync(change.MsgCode!).ErrCodeAsync());
    }

    [Fact]
    public async Task Should_accept_a_menu_within_20_seconds_when_the_code_came_from_ending_the_session()
    {
        await using var sim = await SimulatorHost.StartAsync();
        await sim.Client.SayAsync();
        await sim.Client.PostControlAsync($"sessions/{SimClient.Customer}/state", new { service_state = 4 });
        var ended = await LastChangeAsync(sim);
        Assert.Equal(SessionChangeType.Ended, ended.ChangeType);
        Assert.Equal(0, await sim.Api.SendOnEventAsync(ended.MsgCode!, "msgmenu", "请评价本次服务").ErrCodeAsync());
    }

    [Fact]
    public async Task Should_answer_40008_on_the_wire_and_refuse_in_the_client_when_the_type_is_not_text_or_msgmenu()
    {
        await using var sim = await SimulatorHost.StartAsync();
        var code = await EnterAsync(sim);
        var raw = await sim.Client.CallAsync("kf/send_msg_on_event", new { code, msgtype = "image", image = new { media_id = "m1" } });
        Assert.Equal(40008, raw.Code());
        var image = new SendMsgOnEventRequest { Code = code, Message = Kf.WeCom.Models.Outgoing.KfOutgoingMessage.Image("m1") };
        await Assert.ThrowsAsync<ArgumentException>(() => sim.Api.SendMsgOnEventAsync(image));
        Assert.Equal(0, await sim.Api.SendOnEventAsync(code).ErrCodeAsync());
    }
}
