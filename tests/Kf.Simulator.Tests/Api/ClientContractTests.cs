using Kf.WeCom;
using Kf.WeCom.Models;
using Kf.WeCom.Models.Outgoing;

namespace Kf.Simulator.Tests.Api;

/// <summary>
/// The shared Kf.WeCom client against the simulator: each side has its own wire handling, so these
/// prove both read the documented format the same way (the raw-HTTP tests cover every rule).
/// </summary>
public sealed class ClientContractTests
{
    [Fact]
    public async Task Should_page_through_every_message_when_the_client_follows_has_more()
    {
        await using var sim = await SimulatorHost.StartAsync();
        await using var provider = SharedClient.For(sim);
        await sim.Client.PostControlAsync("history", new { external_userid = SimClient.Customer, count = 5, age_hours = 1 });
        var ids = new List<string>();
        string? cursor = null;
        SyncMsgResponse page;
        do
        {
            page = await provider.Client().SyncMsgAsync(new SyncMsgRequest { OpenKfId = SimulatorHost.OpenKfId, Cursor = cursor, Limit = 2 });
            ids.AddRange(page.MsgList.Select(m => m.MsgId));
            cursor = page.NextCursor;
        }
        while (page.HasMoreMessages);

        Assert.Equal(5, ids.Distinct().Count());
    }

    [Fact]
    public async Task Should_read_text_origin_and_customer_when_the_client_pulls_a_customer_message()
    {
        await using var sim = await SimulatorHost.StartAsync();
        await using var provider = SharedClient.For(sim);
        await sim.Client.SayAsync("退货怎么办理？");
        var message = Assert.Single((await provider.Client().SyncMsgAsync(new SyncMsgRequest { OpenKfId = SimulatorHost.OpenKfId })).MsgList);
        Assert.Equal(SimClient.Customer, message.ExternalUserId);
        Assert.Equal(3, (int)message.Origin);
        Assert.Equal("退货怎么办理？", message.Text?.Content);
    }

    [Fact]
    public async Task Should_deliver_text_once_and_surface_95018_when_a_human_holds_the_session()
    {
        await using var sim = await SimulatorHost.StartAsync();
        await using var provider = SharedClient.For(sim);
        await sim.Client.SayAsync();
        var send = new SendMsgRequest { ToUser = SimClient.Customer, OpenKfId = SimulatorHost.OpenKfId, MsgId = "client-1", Message = KfOutgoingMessage.Text("您好") };
        Assert.Equal("client-1", (await provider.Client().SendMsgAsync(send)).MsgId);
        await provider.Client().SendMsgAsync(send);
        Assert.Single(await sim.Client.SentAsync());

        await sim.Client.PostControlAsync($"sessions/{SimClient.Customer}/state", new { service_state = 3, servicer_userid = "servicer_zhang" });
        var ex = await Assert.ThrowsAsync<WeComApiException>(() => provider.Client().SendMsgAsync(send with { MsgId = "client-2" }));
        Assert.Equal(95018, ex.ErrCode);
    }

    [Fact]
    public async Task Should_refresh_the_token_and_succeed_when_the_simulator_revoked_it()
    {
        await using var sim = await SimulatorHost.StartAsync();
        await using var provider = SharedClient.For(sim);
        await provider.Client().ListAccountsAsync(new AccountListRequest());
        await sim.Client.FaultAsync(new { kind = "token_revoke" });
        var accounts = await provider.Client().ListAccountsAsync(new AccountListRequest());
        Assert.NotNull(accounts);
        Assert.Equal(2, (int)(await sim.Client.GetControlAsync("stats"))["api_calls"]!["gettoken"]!);
    }
}
