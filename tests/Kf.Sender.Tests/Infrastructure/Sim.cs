using System.Text.Json.Nodes;
using Kf.Contracts;
using Kf.Testing.Simulation;

namespace Kf.Sender.Tests.Infrastructure;

/// <summary>The in-process simulator with the sender suite's credentials, plus the parts and checks its tests use.</summary>
public sealed class Sim : IAsyncDisposable
{
    public const string CorpId = "wwsendertest0001";
    public const string Secret = "sender-secret";

    private readonly InProcessSimulator _simulator;

    private Sim(InProcessSimulator simulator) => _simulator = simulator;

    public string OpenKfId => _simulator.OpenKfId;

    public Uri BaseAddress => _simulator.BaseAddress;

    public HttpClient Http => _simulator.Http;

    public static async Task<Sim> StartAsync() => new(await InProcessSimulator.StartAsync(CorpId, Secret));

    /// <summary>A new customer writes once (opening the 48 h window and a quota of 5); returns the customer msgid.</summary>
    public Task<(string Customer, string MsgId)> CustomerWritesAsync() => _simulator.CustomerWritesAsync();

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

    public Task FaultAsync(object fault) => _simulator.PostAsync("faults", fault);

    /// <summary>send_msg calls the simulator received, counted at its door (rejected and repeated ones too).</summary>
    public Task<long> SendMsgCallsAsync() => _simulator.SendMsgCallsAsync();

    public Task SetStateAsync(string customer, int state) =>
        _simulator.PostAsync($"sessions/{customer}/state", new { open_kfid = OpenKfId, service_state = state, servicer_userid = "servicer_zhang" });

    /// <summary>What send_msg accepted, in acceptance order (all customers of the account when <paramref name="customer"/> is null).</summary>
    public async Task<List<JsonNode>> SentAsync(string? customer = null)
    {
        var query = customer is null ? $"open_kfid={OpenKfId}" : $"open_kfid={OpenKfId}&external_userid={customer}";
        return [.. JsonNode.Parse(await Http.GetStringAsync($"/sim/sent?{query}"))!.AsArray().Select(n => n!)];
    }

    public ValueTask DisposeAsync() => _simulator.DisposeAsync();
}
