using System.Diagnostics;
using System.Net;
using Kf.WeCom;

namespace Kf.Simulator.Tests.Api;

public sealed class SendFaultTests
{
    [Fact]
    public async Task Should_surface_the_injected_errcode_count_times_and_deliver_nothing()
    {
        await using var sim = await SimulatorHost.StartAsync();
        await sim.Client.SayAsync();
        await sim.Client.FaultAsync(new { kind = "send_errcode", errcode = 95001, count = 2 });
        Assert.Equal(95001, await sim.Api.SendTextAsync("a").ErrCodeAsync());
        Assert.Equal(95001, await sim.Api.SendTextAsync("b").ErrCodeAsync());
        Assert.Equal(0, await sim.Api.SendTextAsync("c").ErrCodeAsync());
        Assert.Equal("c", Assert.Single(await sim.Client.SentAsync())!.Str("content"));
        var stats = await sim.Client.GetControlAsync("stats");
        Assert.Equal(2, (int)stats["sends_by_errcode"]!["95001"]!);
        Assert.Equal(1, (int)stats["sends_by_errcode"]!["0"]!);
    }

    [Fact]
    public async Task Should_answer_the_http_status_count_times_when_an_http_status_fault_is_set()
    {
        await using var sim = await SimulatorHost.StartAsync();
        await sim.Client.SayAsync();
        await sim.Client.FaultAsync(new { kind = "http_status", api = "send_msg", status = 502, count = 2 });
        var body = new { touser = SimClient.Customer, open_kfid = SimulatorHost.OpenKfId, msgtype = "text", text = new { content = "x" } };
        using (var first = await sim.Client.PostRawAsync("kf/send_msg", body))
        {
            Assert.Equal(HttpStatusCode.BadGateway, first.StatusCode);
        }

        // The client does not retry transport failures: the caller does, with the same msgid.
        var ex = await Assert.ThrowsAsync<WeComTransportException>(() => sim.Api.SendTextAsync("x", "retry-1"));
        Assert.Equal(HttpStatusCode.BadGateway, ex.StatusCode);
        Assert.Equal("retry-1", (await sim.Api.SendTextAsync("x", "retry-1")).MsgId);
        Assert.Single(await sim.Client.SentAsync());
    }

    [Fact]
    public async Task Should_hold_the_answer_at_least_the_injected_latency_until_faults_are_cleared()
    {
        await using var sim = await SimulatorHost.StartAsync();
        await sim.Client.FaultAsync(new { kind = "latency", api = "sync_msg", ms = 300 });
        var watch = Stopwatch.StartNew();
        Assert.Equal(0, (await sim.Client.SyncAsync(new { open_kfid = SimulatorHost.OpenKfId })).Code());
        Assert.True(watch.ElapsedMilliseconds >= 250, $"answered after {watch.ElapsedMilliseconds} ms");
        Assert.Single((JsonArray)await sim.Client.GetControlAsync("faults"));
        using var cleared = await sim.Http.DeleteAsync("/sim/faults");
        Assert.Empty((JsonArray)await sim.Client.GetControlAsync("faults"));
    }

    [Theory]
    [InlineData("{\"kind\": \"nonsense\"}")]
    [InlineData("{\"kind\": \"latency\", \"api\": \"no_such_api\", \"ms\": 5}")]
    [InlineData("{\"kind\": \"http_status\", \"api\": \"send_msg\", \"status\": 200}")]
    public async Task Should_answer_400_when_the_fault_is_malformed(string json)
    {
        await using var sim = await SimulatorHost.StartAsync();
        using var response = await sim.Http.PostAsync("/sim/faults", new StringContent(json));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }
}
