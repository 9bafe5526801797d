using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Kf.Simulator;
using Kf.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;

namespace Kf.Sender.Bench;

/// <summary>The 微信客服 simulator in this process on loopback Kestrel, one account of its own.</summary>
internal sealed class BenchSim : IAsyncDisposable
{
    public const string CorpId = "wwsenderbench001";
    public const string Secret = "sender-bench-secret";

    private readonly WebApplication _app;

    private BenchSim(WebApplication app, string openKfId)
    {
        _app = app;
        OpenKfId = openKfId;
        BaseAddress = LoopbackHost.AddressOf(app);
        Http = new HttpClient { BaseAddress = BaseAddress };
    }

    public string OpenKfId { get; }

    public Uri BaseAddress { get; }

    public HttpClient Http { get; }

    public static async Task<BenchSim> StartAsync()
    {
        var openKfId = "wk" + Guid.NewGuid().ToString("N")[..20];
        var builder = LoopbackHost.Builder();
        builder.Logging.ClearProviders();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Simulator:CorpId"] = CorpId,
            ["Simulator:Secret"] = Secret,
            ["Simulator:OpenKfIds:0"] = openKfId,
            ["Simulator:MaxStoredItems"] = "1000000",
        });
        builder.Services.AddWeComSimulator(builder.Configuration);
        var app = builder.Build();
        app.MapWeComSimulator();
        await app.StartAsync();
        return new BenchSim(app, openKfId);
    }

    /// <summary>A new customer writes once (a quota of 5 replies); returns (customer, msgid).</summary>
    public async Task<(string Customer, string MsgId)> CustomerWritesAsync()
    {
        var customer = "wm" + Guid.NewGuid().ToString("N")[..16];
        using var response = await Http.PostAsJsonAsync($"/sim/customers/{customer}/messages", new { open_kfid = OpenKfId, msgtype = "text", text = "你好" });
        response.EnsureSuccessStatusCode();
        return (customer, (string)JsonNode.Parse(await response.Content.ReadAsStringAsync())!["msgid"]!);
    }

    /// <summary>(send_msg calls at the door, messages accepted).</summary>
    public async Task<(long Calls, long Sent)> StatsAsync()
    {
        var stats = JsonNode.Parse(await Http.GetStringAsync("/sim/stats"))!;
        return ((long?)stats["api_calls"]?["send_msg"] ?? 0, (long?)stats["sent_messages"] ?? 0);
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
