using Kf.WeCom;
using Kf.WeCom.Models;

namespace Kf.Simulator.Tests.Api;

/// <summary>
/// Token rules through the shared client (which must recover from 40014/42001 by itself), plus the
/// raw codes on the wire, which the client's recovery would otherwise hide.
/// </summary>
public sealed class GetTokenTests
{
    [Fact]
    public async Task Should_issue_a_7200_second_token_when_credentials_match()
    {
        await using var sim = await SimulatorHost.StartAsync();
        var reply = await sim.Api.GetTokenAsync();
        Assert.Equal(7200, reply.ExpiresIn);
        Assert.False(string.IsNullOrEmpty(reply.AccessToken));
    }

    [Fact]
    public async Task Should_surface_40001_from_gettoken_when_the_client_has_the_wrong_secret()
    {
        await using var sim = await SimulatorHost.StartAsync();
        await using var provider = SharedClient.For(sim, secret: "wrong");
        var ex = await Assert.ThrowsAsync<WeComApiException>(() => provider.Client().ListAccountsAsync(new AccountListRequest()));
        Assert.Equal((40001, "gettoken"), (ex.ErrCode, ex.Api));
    }

    [Fact]
    public async Task Should_answer_40013_when_the_corpid_is_wrong()
    {
        await using var sim = await SimulatorHost.StartAsync();
        Assert.Equal(40013, (await sim.Client.GetTokenAsync(corpId: "wwother")).Code());
    }

    [Fact]
    public async Task Should_refresh_and_succeed_when_the_client_token_expired_on_the_server()
    {
        await using var sim = await SimulatorHost.StartAsync();
        await sim.Api.ListAccountsAsync(new AccountListRequest());
        await sim.Client.AdvanceAsync(TimeSpan.FromSeconds(7200));
        Assert.Single((await sim.Api.ListAccountsAsync(new AccountListRequest())).AccountList);
        Assert.Equal(2, await sim.Client.ApiCallsAsync("gettoken"));
    }

    [Fact]
    public async Task Should_refresh_and_succeed_when_the_simulator_revoked_the_token()
    {
        await using var sim = await SimulatorHost.StartAsync();
        await sim.Api.ListAccountsAsync(new AccountListRequest());
        await sim.Client.FaultAsync(new { kind = "token_revoke" });
        Assert.Single((await sim.Api.ListAccountsAsync(new AccountListRequest())).AccountList);
        Assert.Equal(2, await sim.Client.ApiCallsAsync("gettoken"));
    }

    [Fact]
    public async Task Should_answer_42001_on_the_wire_when_the_token_has_expired()
    {
        await using var sim = await SimulatorHost.StartAsync();
        var token = await sim.Client.AccessTokenAsync();
        await sim.Client.AdvanceAsync(TimeSpan.FromSeconds(7199));
        Assert.Equal(0, (await sim.Client.CallAsync("kf/account/list", new { }, token)).Code());
        await sim.Client.AdvanceAsync(TimeSpan.FromSeconds(1));
        Assert.Equal(42001, (await sim.Client.CallAsync("kf/account/list", new { }, token)).Code());
    }

    [Fact]
    public async Task Should_answer_40014_on_the_wire_when_the_token_was_revoked_and_accept_a_new_one()
    {
        await using var sim = await SimulatorHost.StartAsync();
        var token = await sim.Client.AccessTokenAsync();
        Assert.Equal(0, (await sim.Client.CallAsync("kf/account/list", new { }, token)).Code());
        await sim.Client.FaultAsync(new { kind = "token_revoke" });
        Assert.Equal(40014, (await sim.Client.CallAsync("kf/account/list", new { }, token)).Code());
        var fresh = (string)(await sim.Client.GetTokenAsync())["access_token"]!;
        Assert.Equal(0, (await sim.Client.CallAsync("kf/account/list", new { }, fresh)).Code());
    }

    [Fact]
    public async Task Should_answer_41001_when_the_token_is_missing()
    {
        await using var sim = await SimulatorHost.StartAsync();
        using var response = await sim.Http.PostAsync("/cgi-bin/kf/account/list", new StringContent("{}"));
        Assert.Equal(41001, JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject().Code());
    }
}
