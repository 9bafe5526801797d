namespace Kf.Simulator.Tests.Api;

public sealed class DirectoryTests
{
    [Fact]
    public async Task Should_list_the_configured_accounts_when_asked()
    {
        await using var sim = await SimulatorHost.StartAsync();
        var reply = await sim.Client.CallAsync("kf/account/list", new { offset = 0, limit = 100 });
        Assert.Equal(SimulatorHost.OpenKfId, Assert.Single(reply["account_list"]!.AsArray())!.Str("open_kfid"));
        Assert.Equal(40058, (await sim.Client.CallAsync("kf/account/list", new { offset = 0, limit = 101 })).Code());
    }

    [Fact]
    public async Task Should_list_servicers_as_serving_when_none_stopped()
    {
        await using var sim = await SimulatorHost.StartAsync();
        var reply = await sim.Client.CallGetAsync("kf/servicer/list", $"open_kfid={SimulatorHost.OpenKfId}");
        Assert.Equal(["servicer_zhang", "servicer_li"], reply["servicer_list"]!.AsArray().Select(s => s!.Str("userid")));
        Assert.All(reply["servicer_list"]!.AsArray(), s => Assert.Equal(0, (int)s!["status"]!));
        Assert.Equal(95000, (await sim.Client.CallGetAsync("kf/servicer/list", "open_kfid=wkNope")).Code());
    }

    [Fact]
    public async Task Should_return_customers_with_their_enter_context_and_list_unknown_ids()
    {
        await using var sim = await SimulatorHost.StartAsync();
        await sim.Client.EnterAsync();
        var reply = await sim.Client.CallAsync("kf/customer/batchget", new { external_userid_list = new[] { SimClient.Customer, "wmNobody" }, need_enter_session_context = 1 });
        var customer = Assert.Single(reply["customer_list"]!.AsArray())!;
        Assert.Equal("from-test", customer["enter_session_context"]!.Str("scene_param"));
        Assert.Equal("wmNobody", (string)Assert.Single(reply["invalid_external_userid"]!.AsArray())!);
    }

    [Fact]
    public async Task Should_return_a_contact_url_when_the_scene_is_valid()
    {
        await using var sim = await SimulatorHost.StartAsync();
        var reply = await sim.Client.CallAsync("kf/add_contact_way", new { open_kfid = SimulatorHost.OpenKfId, scene = "spring_sale" });
        Assert.StartsWith("https://", reply.Str("url"));
        Assert.Equal(40058, (await sim.Client.CallAsync("kf/add_contact_way", new { open_kfid = SimulatorHost.OpenKfId, scene = "bad scene!" })).Code());
    }
}
