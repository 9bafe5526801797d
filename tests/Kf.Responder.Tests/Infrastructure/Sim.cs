using Kf.Testing.Simulation;

namespace Kf.Responder.Tests.Infrastructure;

/// <summary>
/// The 微信客服 simulator on loopback with an account of its own, driven through its control API:
/// the responder asks it for session state (service_state/get). No callbacks: intake is not under test.
/// </summary>
public sealed class Sim : IAsyncDisposable
{
    public const string CorpId = "wwrespondertest01";
    public const string Secret = "responder-secret";

    private readonly InProcessSimulator _simulator;

    private Sim(InProcessSimulator simulator) => _simulator = simulator;

    /// <summary>Unique per instance, so runs sharing the real servers never meet.</summary>
    public string OpenKfId => _simulator.OpenKfId;

    public Uri BaseAddress => _simulator.BaseAddress;

    public HttpClient Http => _simulator.Http;

    public static async Task<Sim> StartAsync() => new(await InProcessSimulator.StartAsync(CorpId, Secret, new Dictionary<string, string?>
    {
        ["Simulator:Token"] = "respondertoken",
        ["Simulator:EncodingAesKey"] = "jWmYm7qr5nMoAUwZRjGtBxmz3KA1tkAj3ykkR6q2B2C",
    }));

    /// <summary>The customer writes a text (which opens the session, state 0); returns the simulator's msgid.</summary>
    public async Task<string> SayAsync(string customer, string text) =>
        (string)(await PostAsync($"customers/{customer}/messages", new { msgtype = "text", text }))["msgid"]!;

    /// <summary>What a servicer does in the WeCom client: take over (3), queue (2), end (4).</summary>
    public Task SetStateAsync(string customer, int state) =>
        PostAsync($"sessions/{customer}/state", new { open_kfid = OpenKfId, service_state = state, servicer_userid = state == 3 ? "servicer_zhang" : null });

    public async Task<int> StateCallsAsync() => (int?)(await _simulator.StatsAsync())["api_calls"]?["service_state/get"] ?? 0;

    private Task<JsonNode> PostAsync(string path, object body) => _simulator.PostAsync(path, body);

    public ValueTask DisposeAsync() => _simulator.DisposeAsync();
}
