namespace Kf.Simulator.Tests.Api;

public sealed class SendMsgTests
{
    [Fact]
    public async Task Should_record_the_message_in_the_ledger_when_the_customer_wrote()
    {
        await using var sim = await SimulatorHost.StartAsync();
        await sim.Client.SayAsync();
        var reply = await sim.Client.SendTextAsync("您好，有什么可以帮您？", "reply-1");
        Assert.Equal(0, reply.Code());
        Assert.Equal("reply-1", reply.Str("msgid"));
        var sent = Assert.Single(await sim.Client.SentAsync());
        Assert.Equal("您好，有什么可以帮您？", sent!.Str("content"));
        Assert.Equal("send_msg", sent.Str("via"));
        Assert.Equal(SimulatorHost.OpenKfId, sent.Str("open_kfid"));
    }

    [Fact]
    public async Task Should_accept_2048_bytes_and_answer_44004_when_text_is_longer()
    {
        await using var sim = await SimulatorHost.StartAsync();
        await sim.Client.SayAsync();
        var exactly = new string('好', 682) + "ab"; // 682 × 3 + 2 = 2048 bytes
        Assert.Equal(0, (await sim.Client.SendTextAsync(exactly)).Code());
        Assert.Equal(44004, (await sim.Client.SendTextAsync(exactly + "c")).Code());
        Assert.Single(await sim.Client.SentAsync());
    }

    [Theory]
    [InlineData("has space")]
    [InlineData("abcdefghijklmnopqrstuvwxyz0123456")]
    [InlineData("中文")]
    public async Task Should_answer_40058_when_the_msgid_is_not_32_bytes_of_the_allowed_set(string msgid)
    {
        await using var sim = await SimulatorHost.StartAsync();
        await sim.Client.SayAsync();
        Assert.Equal(40058, (await sim.Client.SendTextAsync("hi", msgid)).Code());
    }

    [Fact]
    public async Task Should_answer_40058_when_an_inbound_msgid_is_reused()
    {
        await using var sim = await SimulatorHost.StartAsync();
        var inbound = await sim.Client.SayAsync();
        Assert.Equal(40058, (await sim.Client.SendTextAsync("hi", inbound)).Code());
    }

    [Fact]
    public async Task Should_deliver_once_when_the_same_msgid_is_sent_twice()
    {
        await using var sim = await SimulatorHost.StartAsync();
        await sim.Client.SayAsync();
        Assert.Equal(0, (await sim.Client.SendTextAsync("once", "same-id")).Code());
        Assert.Equal(0, (await sim.Client.SendTextAsync("once", "same-id")).Code());
        Assert.Single(await sim.Client.SentAsync());
    }

    [Fact]
    public async Task Should_answer_95001_when_a_sixth_message_follows_one_customer_message()
    {
        await using var sim = await SimulatorHost.StartAsync();
        await sim.Client.SayAsync();
        for (var i = 0; i < 5; i++)
        {
            Assert.Equal(0, (await sim.Client.SendTextAsync($"part {i}")).Code());
        }

        Assert.Equal(95001, (await sim.Client.SendTextAsync("part 6")).Code());
        await sim.Client.SayAsync("再问一次");
        Assert.Equal(0, (await sim.Client.SendTextAsync("after the quota reset")).Code());
        Assert.Equal(6, (await sim.Client.SentAsync()).Count);
    }

    [Fact]
    public async Task Should_answer_95002_when_48_hours_passed_since_the_customer_wrote()
    {
        await using var sim = await SimulatorHost.StartAsync();
        await sim.Client.SayAsync();
        await sim.Client.AdvanceAsync(TimeSpan.FromHours(48) + TimeSpan.FromSeconds(1));
        Assert.Equal(95002, (await sim.Client.SendTextAsync("too late")).Code());
    }

    [Fact]
    public async Task Should_answer_95002_when_the_customer_never_wrote()
    {
        await using var sim = await SimulatorHost.StartAsync();
        Assert.Equal(95002, (await sim.Client.SendTextAsync("hello?", customer: "wmStranger")).Code());
    }

    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    public async Task Should_answer_95018_when_the_session_is_in_state(int state)
    {
        await using var sim = await SimulatorHost.StartAsync();
        await sim.Client.SayAsync();
        await sim.Client.PostControlAsync($"sessions/{SimClient.Customer}/state", new { service_state = state, servicer_userid = "servicer_zhang" });
        Assert.Equal(95018, (await sim.Client.SendTextAsync("bot must stay quiet")).Code());
        Assert.Empty(await sim.Client.SentAsync());
    }

    [Fact]
    public async Task Should_answer_95000_when_the_open_kfid_is_unknown()
    {
        await using var sim = await SimulatorHost.StartAsync();
        await sim.Client.SayAsync();
        Assert.Equal(95000, (await sim.Client.SendTextAsync("hi", openKfId: "wkNope")).Code());
    }

    [Fact]
    public async Task Should_answer_95001_when_the_account_rate_ceiling_is_reached()
    {
        await using var sim = await SimulatorHost.StartAsync(new Dictionary<string, string?> { ["Simulator:SendPerSecondPerAccount"] = "2" });
        await sim.Client.SayAsync(customer: "wmA");
        await sim.Client.SayAsync(customer: "wmB");
        Assert.Equal(0, (await sim.Client.SendTextAsync("1", customer: "wmA")).Code());
        Assert.Equal(0, (await sim.Client.SendTextAsync("2", customer: "wmB")).Code());
        Assert.Equal(95001, (await sim.Client.SendTextAsync("3", customer: "wmA")).Code());
        await sim.Client.AdvanceAsync(TimeSpan.FromSeconds(1));
        Assert.Equal(0, (await sim.Client.SendTextAsync("4", customer: "wmA")).Code());
    }

    [Fact]
    public async Task Should_answer_40007_when_an_image_names_unknown_media()
    {
        await using var sim = await SimulatorHost.StartAsync();
        await sim.Client.SayAsync();
        var reply = await sim.Client.CallAsync("kf/send_msg", new { touser = SimClient.Customer, open_kfid = SimulatorHost.OpenKfId, msgtype = "image", image = new { media_id = "nope" } });
        Assert.Equal(40007, reply.Code());
    }

    [Fact]
    public async Task Should_accept_a_menu_and_record_its_head_when_it_has_at_most_ten_items()
    {
        await using var sim = await SimulatorHost.StartAsync();
        await sim.Client.SayAsync();
        var items = Enumerable.Range(1, 11).Select(i => new { type = "click", click = new { id = $"{i}", content = $"选项{i}" } }).ToArray();
        var tooMany = await sim.Client.CallAsync("kf/send_msg", new { touser = SimClient.Customer, open_kfid = SimulatorHost.OpenKfId, msgtype = "msgmenu", msgmenu = new { head_content = "请选择", list = items } });
        Assert.Equal(40058, tooMany.Code());
        var ok = await sim.Client.CallAsync("kf/send_msg", new { touser = SimClient.Customer, open_kfid = SimulatorHost.OpenKfId, msgtype = "msgmenu", msgmenu = new { head_content = "请选择", list = items[..10] } });
        Assert.Equal(0, ok.Code());
        Assert.Equal("请选择", Assert.Single(await sim.Client.SentAsync())!.Str("content"));
    }
}
