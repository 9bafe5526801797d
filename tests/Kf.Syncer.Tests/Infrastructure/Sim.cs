using System.Net.Http.Json;
using Kf.Testing.Simulation;

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

    private readonly InProcessSimulator _simulator;

    private Sim(InProcessSimulator simulator, CallbackRelay relay)
    {
        _simulator = simulator;
        Relay = relay;
    }

    /// <summary>Unique per instance, so runs sharing Redis, RabbitMQ and MariaDB never meet.</summary>
    public string OpenKfId => _simulator.OpenKfId;

    public Uri BaseAddress => _simulator.BaseAddress;

    public HttpClient Http => _simulator.Http;

    public CallbackRelay Relay { get; }

    public static async Task<Sim> StartAsync()
    {
        var relay = await CallbackRelay.StartAsync();
        return new Sim(await InProcessSimulator.StartAsync(CorpId, Secret, new Dictionary<string, string?>
        {
            ["Simulator:Token"] = Token,
            ["Simulator:EncodingAesKey"] = EncodingAesKey,
            ["Simulator:CallbackUrl"] = relay.Url.ToString(),
            ["Simulator:CallbackRetryDelayMs"] = "0",
            // Safety polls and 95007 fallbacks pull without a token; the real limit is not under test.
            ["Simulator:SyncWithoutTokenPerMinute"] = "100000",
        }), relay);
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

    public Task<JsonNode> StatsAsync() => _simulator.StatsAsync();

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

    private Task<JsonNode> PostAsync(string path, object body) => _simulator.PostAsync(path, body);

    public async ValueTask DisposeAsync()
    {
        await _simulator.DisposeAsync();
        await Relay.DisposeAsync();
    }
}
