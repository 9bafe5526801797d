using System.Net.Http.Json;
using Kf.Contracts;
using Kf.Simulator;
using Kf.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;

namespace Kf.Sender.Tests.Infrastructure;

/// <summary>The 微信客服 simulator on loopback Kestrel with an account of its own, driven through its HTTP control API.</summary>
public sealed class Sim : IAsyncDisposable
{
    public const string CorpId = "wwsendertest0001";
    public const string Secret = "sender-secret";

    private readonly WebApplication _app;

    private Sim(WebApplication app, string openKfId)
    {
        _app = app;
        OpenKfId = openKfId;
        BaseAddress = LoopbackHost.AddressOf(app);
        Http = new HttpClient { BaseAddress = BaseAddress };
    }

    public string OpenKfId { get; }

    public Uri BaseAddress { get; }

    public HttpClient Http { get; }

    public static async Task<Sim> StartAsync()
    {
        var openKfId = "wk" + Guid.NewGuid().ToString("N")[..20];
        var builder = LoopbackHost.Builder();
        builder.Logging.ClearProviders();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Simulator:CorpId"] = CorpId,
            ["Simulator:Secret"] = Secret,
            ["Simulator:OpenKfIds:0"] = openKfId,
        });
        builder.Services.AddWeComSimulator(builder.Configuration);
        var app = builder.Build();
        app.MapWeComSimulator();
        await app.StartAsync();
        return new Sim(app, openKfId);
    }

    /// <summary>A new customer writes once (opening the 48 h window and a quota of 5); returns the customer msgid.</summary>
    public async Task<(string Customer, string MsgId)> CustomerWritesAsync()
    {
        var customer = "wm" + Guid.NewGuid().ToString("N")[..16];
        var reply = await PostAsync($"customers/{customer}/messages", new { open_kfid = OpenKfId, msgtype = "text", text = "你好" });
        return (customer, (string)reply["msgid"]!);
    }

    /// <summary>Part <paramref name="part"/> of the answer to <paramref name="msgId"/>, chained after <paramref name="previous"/>.</summary>
    public SendKfMessage Part(string customer, string msgId, int part, SendKfMessage? previous = null) => new()
    {
        SendMsgId = SendKfMessage.CreateSendMsgId(msgId, part),
        OpenKfId = OpenKfId,
        ExternalUserId = customer,
        SourceMsgId = msgId,
        Part = part,
        MsgType = "text",
        Text = $"第 {part} 段 part {part}",
        PreviousSendMsgId = previous?.SendMsgId,
    };

    public Task FaultAsync(object fault) => PostAsync("faults", fault);

    /// <summary>send_msg calls the simulator received, counted at its door (rejected and repeated ones too).</summary>
    public async Task<long> SendMsgCallsAsync()
    {
        var stats = JsonNode.Parse(await Http.GetStringAsync("/sim/stats"))!;
        return (long?)stats["api_calls"]?["send_msg"] ?? 0;
    }

    public Task SetStateAsync(string customer, int state) =>
        PostAsync($"sessions/{customer}/state", new { open_kfid = OpenKfId, service_state = state, servicer_userid = "servicer_zhang" });

    /// <summary>What send_msg accepted, in acceptance order (all customers of the account when <paramref name="customer"/> is null).</summary>
    public async Task<List<JsonNode>> SentAsync(string? customer = null)
    {
        var query = customer is null ? $"open_kfid={OpenKfId}" : $"open_kfid={OpenKfId}&external_userid={customer}";
        return [.. JsonNode.Parse(await Http.GetStringAsync($"/sim/sent?{query}"))!.AsArray().Select(n => n!)];
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
    }
}
