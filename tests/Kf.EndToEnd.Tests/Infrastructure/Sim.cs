using System.Net.Http.Json;
using System.Security.Cryptography;
using Kf.Simulator;
using Microsoft.AspNetCore.Builder;

namespace Kf.EndToEnd.Tests.Infrastructure;

/// <summary>
/// The 微信客服 simulator (outside Kf) on in-process Kestrel, with a corp, secrets and account of
/// its own so tests sharing RabbitMQ, Redis and MariaDB never meet. Driven through its HTTP API only.
/// </summary>
public sealed class Sim : IAsyncDisposable
{
    private readonly WebApplication _app;

    private Sim(WebApplication app, string corpId, string secret, string token, string aesKey, string openKfId)
    {
        _app = app;
        (CorpId, Secret, Token, EncodingAesKey, OpenKfId) = (corpId, secret, token, aesKey, openKfId);
        Http = new HttpClient { BaseAddress = LoopbackApp.Address(app) };
    }

    public string CorpId { get; }

    public string Secret { get; }

    public string Token { get; }

    public string EncodingAesKey { get; }

    public string OpenKfId { get; }

    public HttpClient Http { get; }

    public Uri BaseAddress => Http.BaseAddress!;

    public static async Task<Sim> StartAsync(Uri callbackUrl)
    {
        var (corpId, secret, token, openKfId) = ("ww" + Random(16), "secret" + Random(12), "tk" + Random(20), "wk" + Random(20));
        // 43 base64 characters whose last one carries no stray bits (a multiple of 4 in the alphabet).
        var aesKey = Random(42) + RandomNumberGenerator.GetString("AEIMQUYcgkosw048", 1);
        var builder = LoopbackApp.Create(new Dictionary<string, string?>
        {
            ["Simulator:CorpId"] = corpId,
            ["Simulator:Secret"] = secret,
            ["Simulator:Token"] = token,
            ["Simulator:EncodingAesKey"] = aesKey,
            ["Simulator:OpenKfIds:0"] = openKfId,
            ["Simulator:CallbackUrl"] = callbackUrl.ToString(),
            ["Simulator:CallbackRetryDelayMs"] = "200",
            // Safety polls pull without a callback token; WeChat's per-minute limit is not under test.
            ["Simulator:SyncWithoutTokenPerMinute"] = "100000",
        });
        builder.Services.AddWeComSimulator(builder.Configuration);
        var app = builder.Build();
        app.MapWeComSimulator();
        await app.StartAsync();
        return new Sim(app, corpId, secret, token, aesKey, openKfId);
    }

    /// <summary>A customer writes a text; the simulator pushes a callback. Returns the msgid.</summary>
    public async Task<string> SayAsync(string customer, string text) =>
        (string)(await PostAsync($"customers/{customer}/messages", new { open_kfid = OpenKfId, msgtype = "text", text }))["msgid"]!;

    /// <summary>Seeds history (no callbacks), one second apart, <paramref name="ageHours"/> old.</summary>
    public async Task<List<string>> HistoryAsync(string customer, int count, int ageHours) =>
        [.. (await PostAsync("history", new { open_kfid = OpenKfId, external_userid = customer, count, age_hours = ageHours }))["msgids"]!
            .AsArray().Select(id => (string)id!)];

    /// <summary>What the bot sent on this account (<c>GET /sim/sent</c>), in the order the simulator accepted it.</summary>
    public async Task<List<SentMessage>> SentAsync()
    {
        var sent = JsonNode.Parse(await Http.GetStringAsync($"/sim/sent?open_kfid={OpenKfId}"))!.AsArray();
        return [.. sent.Select(s => new SentMessage((string)s!["msgid"]!, (string)s["external_userid"]!, (string?)s["content"] ?? ""))];
    }

    /// <summary>A servicer takes the session (<c>service_state</c> 3) or moves it to another state.</summary>
    public Task SessionStateAsync(string customer, int state, string? servicer = null) =>
        PostAsync($"sessions/{customer}/state", new { open_kfid = OpenKfId, service_state = state, servicer_userid = servicer });

    public Task FaultAsync(object fault) => PostAsync("faults", fault);

    public async Task ClearFaultsAsync() => (await Http.DeleteAsync("/sim/faults")).EnsureSuccessStatusCode();

    /// <summary><c>GET /sim/stats</c>: callbacks, api_calls, sends_by_errcode, duplicate_sends…</summary>
    public async Task<JsonNode> StatsAsync() => JsonNode.Parse(await Http.GetStringAsync("/sim/stats"))!;

    /// <summary><c>GET /sim/stats</c> → <c>callbacks</c>: pushed, attempts, delivered, failed, dropped, suspended.</summary>
    public async Task<JsonNode> CallbackStatsAsync() => JsonNode.Parse(await Http.GetStringAsync("/sim/stats"))!["callbacks"]!;

    private async Task<JsonNode> PostAsync(string path, object body)
    {
        using var response = await Http.PostAsJsonAsync($"/sim/{path}", body);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"POST /sim/{path}: {(int)response.StatusCode} {text}");
        return JsonNode.Parse(text)!;
    }

    private static string Random(int length) =>
        RandomNumberGenerator.GetString("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789", length);

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
