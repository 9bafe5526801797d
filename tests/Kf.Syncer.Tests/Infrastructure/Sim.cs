using System.Net.Http.Json;
using Kf.Simulator;
using Kf.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;

namespace Kf.Syncer.Tests.Infrastructure;

/// <summary>
/// The 微信客服 simulator on real Kestrel (loopback, free port) with its own account id, pushing its
/// callbacks to a <see cref="CallbackRelay"/>. Driven only through its HTTP control API.
/// </summary>
public sealed class Sim : IAsyncDisposable
{
    public const string CorpId = "wwsyncertest0001";
    public const string Secret = "syncer-secret";
    public const string Token = "syncertoken";
    public const string EncodingAesKey = "jWmYm7qr5nMoAUwZRjGtBxmz3KA1tkAj3ykkR6q2B2C";

    private readonly WebApplication _app;

    private Sim(WebApplication app, CallbackRelay relay, string openKfId)
    {
        _app = app;
        Relay = relay;
        OpenKfId = openKfId;
        BaseAddress = LoopbackHost.AddressOf(app);
        Http = new HttpClient { BaseAddress = BaseAddress };
    }

    /// <summary>Unique per instance, so runs sharing Redis, RabbitMQ and MariaDB never meet.</summary>
    public string OpenKfId { get; }

    public Uri BaseAddress { get; }

    public HttpClient Http { get; }

    public CallbackRelay Relay { get; }

    public static async Task<Sim> StartAsync()
    {
        var relay = await CallbackRelay.StartAsync();
        var openKfId = "wk" + Guid.NewGuid().ToString("N")[..20];
        var builder = LoopbackHost.Builder();
        builder.Logging.ClearProviders();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Simulator:CorpId"] = CorpId,
            ["Simulator:Secret"] = Secret,
            ["Simulator:Token"] = Token,
            ["Simulator:EncodingAesKey"] = EncodingAesKey,
            ["Simulator:OpenKfIds:0"] = openKfId,
            ["Simulator:CallbackUrl"] = relay.Url.ToString(),
            ["Simulator:CallbackRetryDelayMs"] = "0",
            // Safety polls and 95007 fallbacks pull without a token; the real limit is not under test.
            ["Simulator:SyncWithoutTokenPerMinute"] = "100000",
        });
        builder.Services.AddWeComSimulator(builder.Configuration);
        var app = builder.Build();
        app.MapWeComSimulator();
        await app.StartAsync();
        return new Sim(app, relay, openKfId);
    }

    /// <summary>A customer writes; returns the msgid. <paramref name="message"/> uses the control API's fields.</summary>
    public async Task<string> WriteAsync(string customer, object message) =>
        (string)(await PostAsync($"customers/{customer}/messages", message))["msgid"]!;

    public Task<string> SayAsync(string customer, string text) => WriteAsync(customer, new { msgtype = "text", text });

    /// <summary>Seeds <paramref name="count"/> messages <paramref name="ageHours"/> old (one second apart), without callbacks.</summary>
    public async Task<List<string>> HistoryAsync(string customer, int count, int ageHours) =>
        [.. (await PostAsync("history", new { open_kfid = OpenKfId, external_userid = customer, count, age_hours = ageHours }))["msgids"]!
            .AsArray().Select(id => (string)id!)];

    public Task FaultAsync(object fault) => PostAsync("faults", fault);

    public async Task<JsonNode> StatsAsync() => JsonNode.Parse(await Http.GetStringAsync("/sim/stats"))!;

    public async Task<int> SyncCallsAsync() => (int?)(await StatsAsync())["api_calls"]?["sync_msg"] ?? 0;

    /// <summary>How many messages sync_msg returns after <paramref name="cursor"/>: fewer means a later cursor.</summary>
    public async Task<int> CountAfterAsync(string cursor)
    {
        var token = (string)JsonNode.Parse(await Http.GetStringAsync($"/cgi-bin/gettoken?corpid={CorpId}&corpsecret={Secret}"))!["access_token"]!;
        var count = 0;
        for (var more = true; more;)
        {
            using var response = await Http.PostAsJsonAsync($"/cgi-bin/kf/sync_msg?access_token={token}", new { open_kfid = OpenKfId, cursor, limit = 1000 });
            var page = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
            Assert.Equal(0, (int)page["errcode"]!);
            count += page["msg_list"]!.AsArray().Count;
            cursor = (string)page["next_cursor"]!;
            more = (int)page["has_more"]! == 1;
        }

        return count;
    }

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
        await Relay.DisposeAsync();
    }
}
