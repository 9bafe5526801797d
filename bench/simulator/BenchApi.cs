using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace Kf.Simulator.Bench;

/// <summary>
/// The two calls under test, with the state they need: a token, and enough customers who wrote
/// that every send is accepted (5 sends per customer message).
/// </summary>
internal sealed class BenchApi(HttpClient http, string token, string openKfId, string cursor, int customers)
{
    private int _sends;

    public static async Task<BenchApi> PrepareAsync(Uri baseAddress, int customers)
    {
        var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 256 }) { BaseAddress = baseAddress };
        var info = JsonNode.Parse(await http.GetStringAsync("/sim/info"))!;
        var corpId = (string)info["corp_id"]!;
        var openKfId = (string)info["open_kfids"]![0]!;
        var token = (string)JsonNode.Parse(await http.GetStringAsync($"/cgi-bin/gettoken?corpid={corpId}&corpsecret=sim-secret"))!["access_token"]!;
        for (var i = 0; i < customers; i++)
        {
            using var seeded = await http.PostAsJsonAsync("/sim/history", new { open_kfid = openKfId, external_userid = $"wmBench{i}", count = 1, age_hours = 0 });
            seeded.EnsureSuccessStatusCode();
        }

        string? cursor = null;
        for (var more = 1; more == 1;)
        {
            using var page = await http.PostAsJsonAsync($"/cgi-bin/kf/sync_msg?access_token={token}", new { open_kfid = openKfId, cursor, limit = 1000 });
            var reply = JsonNode.Parse(await page.Content.ReadAsStringAsync())!;
            cursor = (string)reply["next_cursor"]!;
            more = (int)reply["has_more"]!;
        }

        return new BenchApi(http, token, openKfId, cursor!, customers);
    }

    /// <summary>Steady state: pull from the latest cursor.</summary>
    public Task<bool> SyncAsync() =>
        CallAsync("kf/sync_msg", new { open_kfid = openKfId, cursor, limit = 1000 });

    public Task<bool> SendAsync()
    {
        var n = Interlocked.Increment(ref _sends);
        var customer = $"wmBench{n % customers}";
        return CallAsync("kf/send_msg", new { touser = customer, open_kfid = openKfId, msgid = $"bench-{n}", msgtype = "text", text = new { content = "您好，这是基准测试回复。" } });
    }

    private async Task<bool> CallAsync(string path, object body)
    {
        using var response = await http.PostAsJsonAsync($"/cgi-bin/{path}?access_token={token}", body);
        var reply = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        return (int)reply["errcode"]! == 0;
    }
}
