namespace Kf.Simulator.Tests.Api;

public sealed class GetTokenTests
{
    [Fact]
    public async Task Should_issue_a_7200_second_token_when_credentials_match()
    {
        await using var sim = await SimulatorHost.StartAsync();
        var reply = await sim.Client.GetTokenAsync();
        Assert.Equal(0, reply.Code());
        Assert.Equal(7200, (int)reply["expires_in"]!);
        Assert.False(string.IsNullOrEmpty((string?)reply["access_token"]));
    }

    [Fact]
    public async Task Should_answer_40001_when_the_secret_is_wrong()
    {
        await using var sim = await SimulatorHost.StartAsync();
        Assert.Equal(40001, (await sim.Client.GetTokenAsync(secret: "wrong")).Code());
    }

    [Fact]
    public async Task Should_answer_40013_when_the_corpid_is_wrong()
    {
        await using var sim = await SimulatorHost.StartAsync();
        Assert.Equal(40013, (await sim.Client.GetTokenAsync(corpId: "wwother")).Code());
    }

    [Fact]
    public async Task Should_answer_42001_when_the_token_has_expired()
    {
        await using var sim = await SimulatorHost.StartAsync();
        var token = await sim.Client.AccessTokenAsync();
        await sim.Client.AdvanceAsync(TimeSpan.FromSeconds(7199));
        Assert.Equal(0, (await sim.Client.CallAsync("kf/account/list", new { }, token)).Code());
        await sim.Client.AdvanceAsync(TimeSpan.FromSeconds(1));
        Assert.Equal(42001, (await sim.Client.CallAsync("kf/account/list", new { }, token)).Code());
    }

    [Fact]
    public async Task Should_answer_40014_when_the_token_was_revoked_and_accept_a_new_one()
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
