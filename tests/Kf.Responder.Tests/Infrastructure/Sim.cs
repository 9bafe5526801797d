using System.Net.Http.Json;
using Kf.Simulator;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;

namespace Kf.Responder.Tests.Infrastructure;

/// <summary>
/// The 微信客服 simulator on loopback with an account of its own, driven through its control API:
/// the responder asks it for session state (service_state/get). No callbacks: intake is not under test.
/// </summary>
public sealed class Sim : IAsyncDisposable
{
    public const string CorpId = "wwrespondertest01";
    public const string Secret = "responder-secret";

    private readonly WebApplication _app;

    private Sim(WebApplication app, Uri address, string openKfId)
    {
        _app = app;
        OpenKfId = openKfId;
        BaseAddress = address;
        Http = new HttpClient { BaseAddress = address };
    }

    /// <summary>Unique per instance, so runs sharing the real servers never meet.</summary>
    public string OpenKfId { get; }

    public Uri BaseAddress { get; }

    public HttpClient Http { get; }

    public static async Task<Sim> StartAsync()
    {
        var openKfId = "wk" + Guid.NewGuid().ToString("N")[..20];
        var builder = Loopback.Builder();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Simulator:CorpId"] = CorpId,
            ["Simulator:Secret"] = Secret,
            ["Simulator:Token"] = "respondertoken",
            ["Simulator:EncodingAesKey"] = "jWmYm7qr5nMoAUwZRjGtBxmz3KA1tkAj3ykkR6q2B2C",
            ["Simulator:OpenKfIds:0"] = openKfId,
        });
        builder.Services.AddWeComSimulator(builder.Configuration);
        var (app, address) = await Loopback.StartAsync(builder, a => a.MapWeComSimulator());
        return new Sim(app, address, openKfId);
    }

    /// <summary>The customer writes a text (which opens the session, state 0); returns the simulator's msgid.</summary>
    public async Task<string> SayAsync(string customer, string text) =>
        (string)(await PostAsync($"customers/{customer}/messages", new { msgtype = "text", text }))["msgid"]!;

    /// <summary>What a servicer does in the WeCom client: take over (3), queue (2), end (4).</summary>
    public Task SetStateAsync(string customer, int state) =>
        PostAsync($"sessions/{customer}/state", new { open_kfid = OpenKfId, service_state = state, servicer_userid = state == 3 ? "servicer_zhang" : null });

    public async Task<int> StateCallsAsync() =>
        (int?)JsonNode.Parse(await Http.GetStringAsync("/sim/stats"))!["api_calls"]?["service_state/get"] ?? 0;

    private async Task<JsonNode> PostAsync(string path, object body)
    {
        using var response = await Http.PostAsJsonAsync($"/sim/{path}", body);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"POST /sim/{path}: {(int)response.StatusCode} {text}");
        return JsonNode.Parse(text)!;
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
