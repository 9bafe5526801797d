using Kf.Testing;
using Kf.WeCom.Callback;
using Kf.WeCom.Crypto;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Kf.Syncer.Tests.Infrastructure;

/// <summary>
/// Where the simulator pushes its encrypted callbacks: each is decoded with the shared Kf.WeCom
/// crypto and handed to <see cref="OnNotice"/> (the test publishes CallbackReceived, as ingress would).
/// </summary>
public sealed class CallbackRelay : IAsyncDisposable
{
    private readonly WebApplication _app;
    private int _relayed;

    private CallbackRelay(WebApplication app) => _app = app;

    public Uri Url { get; private set; } = null!;

    public Func<KfNotice, Task>? OnNotice { get; set; }

    public int Relayed => Volatile.Read(ref _relayed);

    public static async Task<CallbackRelay> StartAsync()
    {
        var builder = LoopbackHost.Builder();
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var relay = new CallbackRelay(app);
        var decoder = new CallbackDecoder(new WeComCallbackCrypto(Sim.Token, Sim.EncodingAesKey, Sim.CorpId));
        app.MapPost("/callback", async (HttpRequest request) =>
        {
            var body = await new StreamReader(request.Body).ReadToEndAsync();
            var notice = decoder.DecodePost(request.Query["msg_signature"], request.Query["timestamp"], request.Query["nonce"], body).AsKfNotice();
            if (notice is null || relay.OnNotice is not { } handler)
            {
                return Results.StatusCode(503);
            }

            await handler(notice);
            Interlocked.Increment(ref relay._relayed);
            return Results.Text("success");
        });
        await app.StartAsync();
        relay.Url = new Uri(LoopbackHost.AddressOf(app), "/callback");
        return relay;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
