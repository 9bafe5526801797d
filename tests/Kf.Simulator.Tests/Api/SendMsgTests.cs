using Kf.WeCom.Models.Messages;
using Kf.WeCom.Models.Outgoing;

namespace Kf.Simulator.Tests.Api;

/// <summary>send_msg's delivery rules through the shared client: every refusal surfaces as WeComApiException.ErrCode.</summary>
public sealed class SendMsgTests
{
    [Fact]
    public async Task Should_record_the_message_in_the_ledger_when_the_customer_wrote()
    {
        await using var sim = await SimulatorHost.StartAsync();
        await sim.Client.SayAsync();
        Assert.Equal("reply-1", (await sim.Api.SendTextAsync("您好，有什么可以帮您？", "reply-1")).MsgId);
        var sent = Assert.Single(await sim.Client.SentAsync());
        Assert.Equal(("您好，有什么可以帮您？", "send_msg", SimulatorHost.OpenKfId), (sent!.Str("content"), sent.Str("via"), sent.Str("open_kfid")));
    }

    [Fact]
    public async Task Should_return_a_server_msgid_when_the_client_sends_none()
    {
        await using var sim = await SimulatorHost.StartAsync();
        await sim.Client.SayAsync();
        var msgid = (await sim.Api.SendTextAsync("hi")).MsgId;
        Assert.Equal(msgid, Assert.Single(await sim.Client.SentAsync())!.Str("msgid"));
    }

    [Fact]
    public async Task Should_deliver_once_when_the_client_sends_the_same_msgid_twice()
    {
        await using var sim = await SimulatorHost.StartAsync();
        await sim.Client.SayAsync();
        Assert.Equal("same-id", (await sim.Api.SendTextAsync("once", "same-id")).MsgId);
        Assert.Equal("same-id", (await sim.Api.SendTextAsync("once", "same-id")).MsgId);
        Assert.Single(await sim.Client.SentAsync());
    }

    [Fact]
    public async Task Should_surface_95001_when_a_sixth_message_follows_one_customer_message()
    {
        await using var sim = await SimulatorHost.StartAsync();
        await sim.Client.SayAsync();
        for (var i = 0; i < 5; i++)
        {
            Assert.Equal(0, await sim.Api.SendTextAsync($"part {i}").ErrCodeAsync());
        }

        Assert.Equal(95001, await sim.Api.SendTextAsync("part 6").ErrCodeAsync());
        await sim.Client.SayAsync("再问一次");
        Assert.Equal(0, await sim.Api.SendTextAsync("after the quota reset").ErrCodeAsync());
        Assert.Equal(6, (await sim.Client.SentAsync()).Count);
    }

    [Fact]
    public async Task Should_surface_95002_when_48_hours_passed_since_the_customer_wrote()
    {
        await using var sim = await SimulatorHost.StartAsync();
        await sim.Client.SayAsync();
        await sim.Client.AdvanceAsync(TimeSpan.FromHours(48));
        Assert.Equal(0, await sim.Api.SendTextAsync("just in time").ErrCodeAsync());
        await sim.Client.AdvanceAsync(TimeSpan.FromSeconds(1));
        Assert.Equal(95002, await sim.Api.SendTextAsync("too late").ErrCodeAsync());
    }

    [Fact]
    public async Task Should_surface_95002_when_the_customer_never_wrote()
    {
        await using var sim = await SimulatorHost.StartAsync();
        Assert.Equal(95002, await sim.Api.SendTextAsync("hello?", customer: "wmStranger").ErrCodeAsync());
    }

    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    public async Task Should_surface_95018_when_the_session_is_in_state(int state)
    {
        await using var sim = await SimulatorHost.StartAsync();
        await sim.Client.SayAsync();
        await sim.Client.PostControlAsync($"sessions/{SimClient.Customer}/state", new { service_state = state, servicer_userid = "servicer_zhang" });
        Assert.Equal(95018, await sim.Api.SendTextAsync("bot must stay quiet").ErrCodeAsync());
        Assert.Empty(await sim.Client.SentAsync());
    }

    [Fact]
    public async Task Should_surface_95000_when_the_open_kfid_is_unknown()
    {
        await using var sim = await SimulatorHost.StartAsync();
        await sim.Client.SayAsync();
        Assert.Equal(95000, await sim.Api.SendTextAsync("hi", openKfId: "wkNope").ErrCodeAsync());
    }

    [Fact]
    public async Task Should_surface_95001_when_the_account_rate_ceiling_is_reached()
    {
        await using var sim = await SimulatorHost.StartAsync(new Dictionary<string, string?> { ["Simulator:SendPerSecondPerAccount"] = "2" });
        await sim.Client.SayAsync(customer: "wmA");
        await sim.Client.SayAsync(customer: "wmB");
        Assert.Equal(0, await sim.Api.SendTextAsync("1", customer: "wmA").ErrCodeAsync());
        Assert.Equal(0, await sim.Api.SendTextAsync("2", customer: "wmB").ErrCodeAsync());
        Assert.Equal(95001, await sim.Api.SendTextAsync("3", customer: "wmA").ErrCodeAsync());
        await sim.Client.AdvanceAsync(TimeSpan.FromSeconds(1));
        Assert.Equal(0, await sim.Api.SendTextAsync("4", customer: "wmA").ErrCodeAsync());
    }

    [Fact]
    public async Task Should_surface_40007_when_an_image_names_unknown_media()
    {
        await using var sim = await SimulatorHost.StartAsync();
        await sim.Client.SayAsync();
        var image = new Kf.WeCom.Models.SendMsgRequest { ToUser = SimClient.Customer, OpenKfId = SimulatorHost.OpenKfId, Message = KfOutgoingMessage.Image("nope") };
        Assert.Equal(40007, await sim.Api.SendMsgAsync(image).ErrCodeAsync());
    }

    [Fact]
    public async Task Should_record_a_menu_by_its_head_when_the_client_sends_one()
    {
        await using var sim = await SimulatorHost.StartAsync();
        await sim.Client.SayAsync();
        var menu = new KfMsgMenuContent { HeadContent = "请选择", List = [KfMenuItem.ForClick("1", "是"), KfMenuItem.ForView("https://example.com", "看看")] };
        await sim.Api.SendMsgAsync(ApiCalls.Text("") with { Message = KfOutgoingMessage.MsgMenu(menu) });
        Assert.Equal("请选择", Assert.Single(await sim.Client.SentAsync())!.Str("content"));
    }
}
