using System.Net;
using System.Net.Http.Json;

namespace Kf.Simulator.Tests.Infrastructure;

/// <summary>
/// Raw HTTP calls to the simulator: bodies are anonymous objects with the documented wire names,
/// answers are read as JSON nodes. Nothing here shares code with the simulator.
/// </summary>
public sealed class SimClient(HttpClient http)
{
    public const string Customer = "wmCustomer01";

    private string? _token;

    public async Task<JsonObject> GetTokenAsync(string corpId = SimulatorHost.CorpId, string secret = SimulatorHost.Secret) =>
        await ReadObjectAsync(await http.GetAsync($"/cgi-bin/gettoken?corpid={corpId}&corpsecret={secret}"));

    public async Task<string> AccessTokenAsync() =>
        _token ??= (string)(await GetTokenAsync())["access_token"]!;

    /// <summary>
    /// POST /cgi-bin/{path}?access_token=… with a JSON body. On 40014/42001 the token is refreshed and
    /// the call retried once, as a real client does (tests move the clock past the token's 2 hours).
    /// </summary>
    public async Task<JsonObject> CallAsync(string path, object body, string? accessToken = null)
    {
        var reply = await ReadObjectAsync(await PostRawAsync(path, body, accessToken));
        if (accessToken is null && reply.Code() is 40014 or 42001)
        {
            _token = null;
            reply = await ReadObjectAsync(await PostRawAsync(path, body));
        }

        return reply;
    }

    public async Task<HttpResponseMessage> PostRawAsync(string path, object body, string? accessToken = null) =>
        await http.PostAsJsonAsync($"/cgi-bin/{path}?access_token={accessToken ?? await AccessTokenAsync()}", body);

    public async Task<JsonObject> CallGetAsync(string path, string query = "")
    {
        _token = null;
        return await ReadObjectAsync(await http.GetAsync($"/cgi-bin/{path}?access_token={await AccessTokenAsync()}&{query}"));
    }

    public Task<JsonObject> SyncAsync(object body) => CallAsync("kf/sync_msg", body);

    public Task<JsonObject> SendTextAsync(string content, string? msgid = null, string customer = Customer, string openKfId = SimulatorHost.OpenKfId) =>
        CallAsync("kf/send_msg", new { touser = customer, open_kfid = openKfId, msgid, msgtype = "text", text = new { content } });

    /// <summary>The customer writes (control API); returns the inbound msgid.</summary>
    public async Task<string> SayAsync(string text = "你好", string customer = Customer) =>
        (string)(await PostControlAsync($"customers/{customer}/messages", new { msgtype = "text", text }))["msgid"]!;

    public async Task<JsonNode> PostControlAsync(string path, object body, HttpStatusCode expected = HttpStatusCode.OK)
    {
        using var response = await http.PostAsJsonAsync($"/sim/{path}", body);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"POST /sim/{path}: {(int)response.StatusCode} {text}");
        return JsonNode.Parse(text)!;
    }

    public async Task<JsonNode> GetControlAsync(string pathAndQuery) =>
        JsonNode.Parse(await http.GetStringAsync($"/sim/{pathAndQuery}"))!;

    public async Task<JsonArray> SentAsync(string customer = Customer) =>
        (JsonArray)await GetControlAsync($"sent?external_userid={customer}");

    public Task AdvanceAsync(TimeSpan by) => PostControlAsync("clock", new { advance_seconds = (long)by.TotalSeconds });

    public Task FaultAsync(object fault) => PostControlAsync("faults", fault);

    /// <summary>Every message sync_msg returns from the start, following has_more.</summary>
    public async Task<List<JsonObject>> SyncAllAsync(string? token = null, int limit = 1000)
    {
        var all = new List<JsonObject>();
        string? cursor = null;
        for (var page = 0; page < 1000; page++)
        {
            var reply = await SyncAsync(new { open_kfid = SimulatorHost.OpenKfId, cursor, token, limit });
            Assert.Equal(0, reply.Code());
            all.AddRange(reply["msg_list"]!.AsArray().Select(m => m!.AsObject()));
            cursor = (string)reply["next_cursor"]!;
            if ((int)reply["has_more"]! == 0)
            {
                return all;
            }
        }

        throw new InvalidOperationException("has_more never became 0");
    }

    private static async Task<JsonObject> ReadObjectAsync(HttpResponseMessage response)
    {
        using (response)
        {
            var text = await response.Content.ReadAsStringAsync();
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{response.RequestMessage?.RequestUri}: {(int)response.StatusCode} {text}");
            return JsonNode.Parse(text)!.AsObject();
        }
    }
}
