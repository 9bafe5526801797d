using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Kf.Simulator;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;

namespace Kf.Testing.Simulation;

/// <summary>
/// The 微信客服 simulator in this process on loopback Kestrel, with an account of its own, driven through
/// its HTTP control API (tools/simulator/README.md). Suites and benches that need no callbacks share it.
/// </summary>
public sealed class InProcessSimulator : IAsyncDisposable
{
    private readonly WebApplication _app;

    private InProcessSimulator(WebApplication app, string openKfId)
    {
        _app = app;
        OpenKfId = openKfId;
        BaseAddress = LoopbackHost.AddressOf(app);
        Http = new HttpClient { BaseAddress = BaseAddress };
    }

    public string OpenKfId { get; }

    public Uri BaseAddress { get; }

    public HttpClient Http { get; }

    /// <summary>Starts it with <paramref name="corpId"/>/<paramref name="secret"/>, a fresh open_kfid and any further <c>Simulator:*</c> settings.</summary>
    public static async Task<InProcessSimulator> StartAsync(string corpId, string secret, IReadOnlyDictionary<string, string?>? settings = null)
    {
        var openKfId = "wk" + Guid.NewGuid().ToString("N")[..20];
        var builder = LoopbackHost.Builder();
        builder.Logging.ClearProviders();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Simulator:CorpId"] = corpId,
            ["Simulator:Secret"] = secret,
            ["Simulator:OpenKfIds:0"] = openKfId,
        });
        builder.Configuration.AddInMemoryCollection(settings ?? new Dictionary<string, string?>());
        builder.Services.AddWeComSimulator(builder.Configuration);
        var app = builder.Build();
        app.MapWeComSimulator();
        await app.StartAsync();
        return new InProcessSimulator(app, openKfId);
    }

    /// <summary>A new customer writes once (opening the 48 h window and a quota of 5 replies); returns the customer and the msgid.</summary>
    public async Task<(string Customer, string MsgId)> CustomerWritesAsync(string text = "你好")
    {
        var customer = "wm" + Guid.NewGuid().ToString("N")[..16];
        var reply = await PostAsync($"customers/{customer}/messages", new { open_kfid = OpenKfId, msgtype = "text", text });
        return (customer, (string)reply["msgid"]!);
    }

    /// <summary><c>GET /sim/stats</c>.</summary>
    public async Task<JsonNode> StatsAsync() => JsonNode.Parse(await Http.GetStringAsync("/sim/stats"))!;

    /// <summary>send_msg calls the simulator received, counted at its door (rejected and repeated ones too).</summary>
    public async Task<long> SendMsgCallsAsync() => (long?)(await StatsAsync())["api_calls"]?["send_msg"] ?? 0;

    /// <summary><c>POST /sim/{path}</c>; a non-success answer throws with its status and body.</summary>
    public async Task<JsonNode> PostAsync(string path, object body)
    {
        using var response = await Http.PostAsJsonAsync($"/sim/{path}", body);
        var text = await response.Content.ReadAsStringAsync();
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"POST /sim/{path}: {(int)response.StatusCode} {text}");
        }

        return JsonNode.Parse(text)!;
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
