using Kf.WeCom.Models;

namespace Kf.Simulator.Tests.Api;

/// <summary>account/list, servicer/list, customer/batchget and add_contact_way (§7) through the shared client.</summary>
public sealed class DirectoryTests
{
    [Fact]
    public async Task Should_list_the_configured_accounts_when_asked()
    {
        await using var sim = await SimulatorHost.StartAsync();
        var reply = await sim.Api.ListAccountsAsync(new AccountListRequest(0, 100));
        Assert.Equal(SimulatorHost.OpenKfId, Assert.Single(reply.AccountList).OpenKfId);
    }

    [Fact]
    public async Task Should_answer_40058_on_the_wire_and_refuse_in_the_client_when_the_limit_is_over_100()
    {
        await using var sim = await SimulatorHost.StartAsync();
        Assert.Equal(40058, (await sim.Client.CallAsync("kf/account/list", new { offset = 0, limit = 101 })).Code());
        await Assert.ThrowsAsync<ArgumentException>(() => sim.Api.ListAccountsAsync(new AccountListRequest(0, 101)));
        Assert.Equal(1, await sim.Client.ApiCallsAsync("account/list"));
    }

    [Fact]
    public async Task Should_list_servicers_as_serving_when_none_stopped()
    {
        await using var sim = await SimulatorHost.StartAsync();
        var reply = await sim.Api.ListServicersAsync(SimulatorHost.OpenKfId);
        Assert.Equal(["servicer_zhang", "servicer_li"], reply.ServicerList.Select(s => s.UserId));
        Assert.All(reply.ServicerList, s => Assert.Equal(0, s.Status));
        Assert.Equal(95000, await sim.Api.ListServicersAsync("wkNope").ErrCodeAsync());
    }

    [Fact]
    public async Task Should_return_customers_with_their_enter_context_and_list_unknown_ids()
    {
        await using var sim = await SimulatorHost.StartAsync();
        await sim.Client.PostControlAsync($"customers/{SimClient.Customer}/messages", new { msgtype = "event", @event = "enter_session", scene = "sc1", scene_param = "from-test" });
        var reply = await sim.Api.BatchGetCustomersAsync(new CustomerBatchGetRequest([SimClient.Customer, "wmNobody"], 1));
        var customer = Assert.Single(reply.CustomerList);
        Assert.Equal((SimClient.Customer, "from-test"), (customer.ExternalUserId, customer.EnterSessionContext?.SceneParam));
        Assert.Equal("wmNobody", Assert.Single(reply.InvalidExternalUserId));
    }

    [Fact]
    public async Task Should_return_a_contact_url_when_the_scene_is_valid()
    {
        await using var sim = await SimulatorHost.StartAsync();
        Assert.StartsWith("https://", (await sim.Api.AddContactWayAsync(new AddContactWayRequest(SimulatorHost.OpenKfId, "spring_sale"))).Url);
    }

    [Fact]
    public async Task Should_answer_40058_on_the_wire_and_refuse_in_the_client_when_the_scene_is_invalid()
    {
        await using var sim = await SimulatorHost.StartAsync();
        Assert.Equal(40058, (await sim.Client.CallAsync("kf/add_contact_way", new { open_kfid = SimulatorHost.OpenKfId, scene = "bad scene!" })).Code());
        await Assert.ThrowsAsync<ArgumentException>(() => sim.Api.AddContactWayAsync(new AddContactWayRequest(SimulatorHost.OpenKfId, "bad scene!")));
        Assert.Equal(1, await sim.Client.ApiCallsAsync("add_contact_way"));
    }
}
