using Kf.WeCom.Models.Messages;
using Kf.WeCom.Models.Outgoing;

namespace Kf.Simulator.Tests.Api;

/// <summary>
/// Inputs the shared client refuses before sending. Each rule is proven twice against §4: raw HTTP
/// shows the simulator enforces it, the client shows it refuses the same input and accepts the limit.
/// </summary>
public sealed class SendMsgInputTests
{
    private static readonly string MaxText = "ab" + new string('好', 682); // 2 + 682 × 3 = 2048 bytes

    [Fact]
    public async Task Should_accept_2048_bytes_and_answer_44004_on_the_wire_when_text_is_longer()
    {
        await using var sim = await SimulatorHost.StartAsync();
        await sim.Client.SayAsync();
        Assert.Equal(0, (await sim.Client.SendTextAsync(MaxText)).Code());
        Assert.Equal(44004, (await sim.Client.SendTextAsync(MaxText + "c")).Code());
        Assert.Single(await sim.Client.SentAsync());
    }

    [Fact]
    public async Task Should_send_2048_bytes_and_refuse_2049_when_the_client_checks_text_length()
    {
        await using var sim = await SimulatorHost.StartAsync();
        await sim.Client.SayAsync();
        Assert.Equal(2048, System.Text.Encoding.UTF8.GetByteCount(MaxText));
        await sim.Api.SendTextAsync(MaxText);
        await Assert.ThrowsAsync<ArgumentException>(() => sim.Api.SendTextAsync(MaxText + "c"));
        Assert.Equal(1, await sim.Client.ApiCallsAsync("send_msg"));
        Assert.Equal(MaxText, Assert.Single(await sim.Client.SentAsync())!.Str("content"));
    }

    public static TheoryData<string> BadMsgIds => ["has space", "abcdefghijklmnopqrstuvwxyz0123456", "中文", "a.b"];

    [Theory]
    [MemberData(nameof(BadMsgIds))]
    public async Task Should_answer_40058_on_the_wire_when_the_msgid_is_not_32_bytes_of_the_allowed_set(string msgid)
    {
        await using var sim = await SimulatorHost.StartAsync();
        await sim.Client.SayAsync();
        Assert.Equal(40058, (await sim.Client.SendTextAsync("hi", msgid)).Code());
    }

    [Theory]
    [MemberData(nameof(BadMsgIds))]
    public async Task Should_refuse_to_send_when_the_client_is_given_a_msgid_outside_the_allowed_set(string msgid)
    {
        await using var sim = await SimulatorHost.StartAsync();
        await sim.Client.SayAsync();
        await Assert.ThrowsAsync<ArgumentException>(() => sim.Api.SendTextAsync("hi", msgid));
        Assert.Equal(0, await sim.Client.ApiCallsAsync("send_msg"));
    }

    [Fact]
    public async Task Should_accept_a_32_byte_msgid_of_every_allowed_character_class_on_both_sides()
    {
        await using var sim = await SimulatorHost.StartAsync();
        await sim.Client.SayAsync();
        const string longest = "Az09_-Az09_-Az09_-Az09_-Az09_-Az";
        Assert.Equal(32, longest.Length);
        Assert.Equal(0, (await sim.Client.SendTextAsync("raw", longest)).Code());
        Assert.Equal(longest.ToLowerInvariant(), (await sim.Api.SendTextAsync("client", longest.ToLowerInvariant())).MsgId);
    }

    [Fact]
    public async Task Should_answer_40058_on_the_wire_and_refuse_in_the_client_when_an_inbound_msgid_is_reused()
    {
        await using var sim = await SimulatorHost.StartAsync();
        var inbound = await sim.Client.SayAsync();
        Assert.Equal(40058, (await sim.Client.SendTextAsync("hi", inbound)).Code());
        await Assert.ThrowsAsync<ArgumentException>(() => sim.Api.SendTextAsync("hi", inbound));
        Assert.Equal(1, await sim.Client.ApiCallsAsync("send_msg"));
    }

    [Fact]
    public async Task Should_answer_40058_on_the_wire_when_a_menu_has_more_than_ten_items()
    {
        await using var sim = await SimulatorHost.StartAsync();
        await sim.Client.SayAsync();
        var items = Enumerable.Range(1, 11).Select(i => new { type = "click", click = new { id = $"{i}", content = $"选项{i}" } }).ToArray();
        var tooMany = await sim.Client.CallAsync("kf/send_msg", new { touser = SimClient.Customer, open_kfid = SimulatorHost.OpenKfId, msgtype = "msgmenu", msgmenu = new { head_content = "请选择", list = items } });
        Assert.Equal(40058, tooMany.Code());
        var ok = await sim.Client.CallAsync("kf/send_msg", new { touser = SimClient.Customer, open_kfid = SimulatorHost.OpenKfId, msgtype = "msgmenu", msgmenu = new { head_content = "请选择", list = items[..10] } });
        Assert.Equal(0, ok.Code());
    }

    [Fact]
    public async Task Should_send_ten_menu_items_and_refuse_eleven_when_the_client_checks_the_menu()
    {
        await using var sim = await SimulatorHost.StartAsync();
        await sim.Client.SayAsync();
        var items = Enumerable.Range(1, 11).Select(i => KfMenuItem.ForClick($"{i}", $"选项{i}")).ToArray();
        KfOutgoingMessage Menu(int n) => KfOutgoingMessage.MsgMenu(new KfMsgMenuContent { HeadContent = "请选择", List = items[..n] });
        await Assert.ThrowsAsync<ArgumentException>(() => sim.Api.SendMsgAsync(ApiCalls.Text("") with { Message = Menu(11) }));
        await sim.Api.SendMsgAsync(ApiCalls.Text("") with { Message = Menu(10) });
        Assert.Single(await sim.Client.SentAsync());
    }
}
