using Kf.Contracts;
using Kf.Knowledge.Admin;
using Kf.Responder;
using Kf.ServiceDefaults;
using Kf.ServiceDefaults.Bus;
using Kf.Storage;
using Kf.Storage.Conversations;
using MassTransit;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Kf.Responder.Tests.Infrastructure;

/// <summary>
/// The responder composed as its Program.cs composes it, on loopback Kestrel, asking a <see cref="Sim"/>
/// for session state, plus a consumer in the sender's place that captures SendKfMessage.
/// </summary>
public sealed class ResponderHost : IAsyncDisposable
{
    private readonly WebApplication _app;

    private readonly string _queue;

    private ResponderHost(WebApplication app, Sim sim, string queue, Uri address)
    {
        _app = app;
        _queue = queue;
        Sim = sim;
        Captured = app.Services.GetRequiredService<Captured>();
        Http = new HttpClient { BaseAddress = address };
    }

    public Sim Sim { get; }

    public Captured Captured { get; }

    public IServiceProvider Services => _app.Services;

    /// <summary>The host's own HTTP address: health, metrics and the admin API.</summary>
    public HttpClient Http { get; }

    public IConversationStore Store => Services.GetRequiredService<IConversationStore>();

    public FailingSendPublish PublishFaults => Services.GetRequiredService<FailingSendPublish>();

    public static async Task<ResponderHost> StartAsync(Sim sim, Backend backend, IDictionary<string, string?>? settings = null)
    {
        var queue = backend.Queue ?? $"responder-test-{Guid.NewGuid():N}";
        var builder = Loopback.Builder(quiet: Environment.GetEnvironmentVariable("KF_TEST_LOGS") != "1");
        builder.Configuration.AddInMemoryCollection(Settings(sim, backend, settings));
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["Responder:EndpointName"] = queue });
        builder.Services.AddSingleton(new Captured(sim.OpenKfId));
        builder.Services.AddSingleton<FailingSendPublish>();
        builder.AddServiceDefaults();
        builder.AddResponder();
        builder.AddKfBus(bus =>
        {
            // The queue (Responder:EndpointName, set below) is the test's own, not bound to the
            // CustomerMessageReceived exchange: the test sends to it, so other suites' messages on a
            // shared broker never reach this responder, nor this test's reach theirs.
            bus.AddResponderConsumers(e => e.ConfigureConsumeTopology = false);
            bus.AddConsumeObserver<ConsumedObserver>();
            // A queue of its own that goes away with the host: parallel runs on one broker never share it.
            bus.AddConsumer<CaptureConsumer>().Endpoint(e =>
            {
                e.Name = $"responder-test-capture-{Guid.NewGuid():N}";
                e.Temporary = true;
            });
        });
        var (app, address) = await Loopback.StartAsync(builder, a =>
        {
            a.MapDefaultEndpoints();
            a.MapKnowledgeAdmin();
        });
        app.Services.GetRequiredService<IBus>().ConnectPublishObserver(app.Services.GetRequiredService<FailingSendPublish>());
        return new ResponderHost(app, sim, queue, address);
    }

    /// <summary>The settings a host gets: simulator, quiet logs, short bus retries, the backend, then the test's own.</summary>
    public static Dictionary<string, string?> Settings(Sim sim, Backend backend, IDictionary<string, string?>? settings)
    {
        var all = new Dictionary<string, string?>
        {
            ["WeCom:ApiBaseUrl"] = sim.BaseAddress.ToString(),
            ["WeCom:CorpId"] = Sim.CorpId,
            ["WeCom:Secret"] = Sim.Secret,
            ["Logging:LogLevel:Default"] = "Warning",
            ["Kf:Bus:RetryMaxInterval"] = "00:00:01",
        };
        foreach (var (key, value) in backend.Settings.Concat(settings ?? new Dictionary<string, string?>()))
        {
            all[key] = value;
        }

        return all;
    }

    /// <summary>A text message of <paramref name="customer"/>, as the syncer publishes it.</summary>
    public CustomerMessageReceived Text(string customer, string msgId, string text, DateTimeOffset? sendTime = null) => new()
    {
        MsgId = msgId,
        OpenKfId = Sim.OpenKfId,
        ExternalUserId = customer,
        SendTime = sendTime ?? DateTimeOffset.FromUnixTimeSeconds(DateTimeOffset.UtcNow.ToUnixTimeSeconds()),
        Origin = 3,
        MsgType = "text",
        Text = text,
        RawJson = new JsonObject
        {
            ["msgid"] = msgId,
            ["open_kfid"] = Sim.OpenKfId,
            ["external_userid"] = customer,
            ["send_time"] = (sendTime ?? DateTimeOffset.UtcNow).ToUnixTimeSeconds(),
            ["origin"] = 3,
            ["msgtype"] = "text",
            ["text"] = new JsonObject { ["content"] = text },
        }.ToJsonString(),
    };

    /// <summary>Hands the message to this host's responder queue, as the syncer's publish would.</summary>
    public async Task PublishAsync(CustomerMessageReceived message) =>
        await (await Services.GetRequiredService<ISendEndpointProvider>().GetSendEndpoint(new Uri($"queue:{_queue}"))).Send(message);

    /// <summary>What the syncer does after publishing a message: records it in the message log.</summary>
    public Task RecordAsync(CustomerMessageReceived message) => Services.GetRequiredService<IMessageLog>().TryRecordAsync(new MessageLogEntry
    {
        MsgId = message.MsgId,
        OpenKfId = message.OpenKfId,
        ExternalUserId = message.ExternalUserId,
        Origin = message.Origin,
        MsgType = message.MsgType,
        SendTime = message.SendTime,
        Disposition = MessageDisposition.Published,
        RawJson = message.RawJson,
    });

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
