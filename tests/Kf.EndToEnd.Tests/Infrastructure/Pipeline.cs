using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Dapper;
using Xunit.Abstractions;

namespace Kf.EndToEnd.Tests.Infrastructure;

/// <summary>
/// All four services as separate processes: the <see cref="Intake"/> (ingress, syncer) plus responders
/// and a sender on the same vhost, Redis and database, answering through a scripted model (outside Kf).
/// Dispose kills every process (the intake owns them) and stops the fake model.
/// </summary>
public sealed class Pipeline : IAsyncDisposable
{
    private readonly Dictionary<string, string> _responderSettings;
    private readonly IAsyncDisposable _model;

    private Pipeline(Intake intake, IAsyncDisposable model, Dictionary<string, string> responderSettings)
    {
        Intake = intake;
        _model = model;
        _responderSettings = responderSettings;
    }

    public Intake Intake { get; }

    public Sim Sim => Intake.Sim;

    /// <summary>The OpenAI-compatible fake, unless the pipeline answers through Coze.</summary>
    public FakeOpenAi? OpenAi => _model as FakeOpenAi;

    public FakeCoze? Coze => _model as FakeCoze;

    /// <summary>The responder processes by name, the latest start of each.</summary>
    public ConcurrentDictionary<string, ServiceProcess> Responders { get; } = new();

    /// <summary>Starts intake, <paramref name="responders"/> responders and a sender, side by side.</summary>
    /// <param name="responderSettings">Every responder's settings over the defaults (environment variable names).</param>
    public static async Task<Pipeline> StartAsync(
        ITestOutputHelper output,
        bool coze = false,
        int responders = 1,
        IReadOnlyDictionary<string, string>? responderSettings = null,
        [CallerMemberName] string test = "")
    {
        var intake = await Intake.StartAsync(output, test: test);
        IAsyncDisposable? model = null;
        try
        {
            model = coze ? await FakeCoze.StartAsync() : await FakeOpenAi.StartAsync();
            var settings = model is FakeCoze fake ? CozeSettings(fake) : OpenAiSettings((FakeOpenAi)model);
            foreach (var (key, value) in responderSettings ?? new Dictionary<string, string>())
            {
                settings[key] = value;
            }

            var pipeline = new Pipeline(intake, model, settings);
            await Task.WhenAll([
                intake.StartSyncerAsync(),
                pipeline.StartSenderAsync(),
                .. Enumerable.Range(1, responders).Select(n => pipeline.StartResponderAsync($"responder-{n}")),
            ]);
            return pipeline;
        }
        catch
        {
            await intake.DisposeAsync();
            if (model is not null)
            {
                await model.DisposeAsync();
            }

            throw;
        }
    }

    /// <summary>Starts a responder; the same name again (after a kill) appends to the same log.</summary>
    /// <param name="rabbitMq">Another way to the test's broker (an <see cref="Intake.ProxyBroker"/>), instead of the direct one.</param>
    public async Task<ServiceProcess> StartResponderAsync(string name, string? rabbitMq = null)
    {
        var settings = Shared();
        foreach (var (key, value) in _responderSettings)
        {
            settings[key] = value;
        }

        if (rabbitMq is not null)
        {
            settings["ConnectionStrings__RabbitMq"] = rabbitMq;
        }

        var responder = await Intake.StartServiceAsync(name, ServiceBinaries.Responder, settings);
        Responders[name] = responder;
        return responder;
    }

    public Task<ServiceProcess> StartSenderAsync()
    {
        var settings = Shared();
        // Fast steps, so 95001 ×3 is redelivered within seconds (defaults 1 s, 5 s, 30 s, 120 s).
        settings["Sender__RetryDelays__0"] = "00:00:00.200";
        settings["Sender__RetryDelays__1"] = "00:00:00.500";
        settings["Sender__RetryDelays__2"] = "00:00:01";
        // The simulator has no send ceiling; 10/s (the default) would only make the 200-message test slow.
        settings["Sender__RatePerSecond"] = "500";
        return Intake.StartServiceAsync("sender", ServiceBinaries.Sender, settings);
    }

    /// <summary>Waits (bounded) until the simulator accepted at least <paramref name="count"/> messages from the bot.</summary>
    public Task<List<SentMessage>> WaitForSentAsync(int count, string what, int seconds = 60) =>
        Eventually.WaitAsync(Sim.SentAsync, sent => sent.Count >= count, what, seconds);

    /// <summary>
    /// The plan the responders stored for a customer msgid: outcome, reason, whether it is marked published
    /// and the send msgids of its parts in order; null when none yet.
    /// </summary>
    public async Task<(string Outcome, string? Reason, bool Published, string[] SendMsgIds)?> PlanAsync(string msgId)
    {
        await using var connection = await Intake.Database.Connections.OpenAsync();
        var rows = await connection.QueryAsync<(string, string?, long?, string)>(
            "SELECT outcome, reason, published_at, parts_json FROM responder_plans WHERE msgid = @msgId", new { msgId });
        return rows.Select(r => ((string, string?, bool, string[])?)(r.Item1, r.Item2, r.Item3 is not null, SendMsgIds(r.Item4))).SingleOrDefault();
    }

    /// <summary>The sender's delivery ledger for the parts of a customer msgid: send msgid, status, send_msg calls made.</summary>
    public async Task<List<(string SendMsgId, string Status, int Attempts)>> DeliveriesAsync(string sourceMsgId)
    {
        await using var connection = await Intake.Database.Connections.OpenAsync();
        var rows = await connection.QueryAsync<(string, string, int)>(
            "SELECT send_msgid, status, attempts FROM deliveries WHERE source_msgid = @sourceMsgId ORDER BY part", new { sourceMsgId });
        return [.. rows];
    }

    // parts_json as the responder's store writes it: [{"part":1,"send_msg_id":"…",…}, …].
    private static string[] SendMsgIds(string partsJson) =>
        [.. JsonNode.Parse(partsJson)!.AsArray().Select(part => (string)part!["send_msg_id"]!)];

    private Dictionary<string, string> Shared() => new()
    {
        ["WeCom__CorpId"] = Sim.CorpId,
        ["WeCom__Secret"] = Sim.Secret,
        ["WeCom__ApiBaseUrl"] = Sim.BaseAddress.ToString(),
        ["ConnectionStrings__RabbitMq"] = Intake.RabbitMq,
        ["ConnectionStrings__Redis"] = TestServers.Redis,
        ["ConnectionStrings__MySql"] = Intake.Database.Connections.ConnectionString,
        ["Kf__Storage"] = "MySql",
        ["Kf__Coordination"] = "Redis",
        ["Kf__Bus__RetryMaxInterval"] = "00:00:01",
    };

    private static Dictionary<string, string> OpenAiSettings(FakeOpenAi model) => new()
    {
        ["Llm__Provider"] = "openai",
        ["Llm__BaseUrl"] = model.BaseUrl,
        ["Llm__ApiKey"] = "sk-test",
        ["Llm__Model"] = "test-model",
        // An instant model on a busy 2-core machine: generous, so no test sees the error reply. The
        // lease must outlast it (validated); a test that kills a responder shortens both.
        ["Llm__TimeoutSeconds"] = "30",
        ["Responder__LeaseTtl"] = "00:00:35",
    };

    private static Dictionary<string, string> CozeSettings(FakeCoze model) => new()
    {
        ["Llm__Provider"] = "coze",
        ["Coze__BaseUrl"] = model.BaseUrl,
        ["Coze__Token"] = FakeCoze.Token,
        ["Coze__BotId"] = FakeCoze.BotId,
        ["Coze__PollInterval"] = "00:00:00.100",
        ["Llm__TimeoutSeconds"] = "30",
        ["Responder__LeaseTtl"] = "00:00:35",
    };

    public async ValueTask DisposeAsync()
    {
        await Intake.DisposeAsync();
        await _model.DisposeAsync();
    }
}
