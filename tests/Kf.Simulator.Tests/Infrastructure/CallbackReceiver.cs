using System.Collections.Concurrent;
using Kf.WeCom.Callback;
using Kf.WeCom.Crypto;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Kf.Simulator.Tests.Infrastructure;

/// <summary>
/// A callback endpoint on loopback that checks every push with the shared Kf.WeCom
/// <see cref="CallbackDecoder"/> (the crypto verified on the official vectors), records it, and
/// answers as scripted: a status code, or <c>null</c> for "never answer".
/// </summary>
public sealed class CallbackReceiver : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly CancellationTokenSource _stopping = new();

    private CallbackReceiver(WebApplication app) => _app = app;

    public Uri Url { get; private set; } = null!;

    public ConcurrentQueue<KfNotice> Notices { get; } = new();

    public ConcurrentQueue<string> Rejections { get; } = new();

    public ConcurrentQueue<int?> Script { get; } = new();

    private int _attempts;

    public int Attempts => Volatile.Read(ref _attempts);

    public static async Task<CallbackReceiver> StartAsync(string token, string encodingAesKey, string corpId)
    {
        var builder = Loopback.Builder();
        var app = builder.Build();
        var receiver = new CallbackReceiver(app);
        var decoder = new CallbackDecoder(new WeComCallbackCrypto(token, encodingAesKey, corpId));
        app.MapPost("/callback", (HttpRequest request) => receiver.HandleAsync(request, decoder));
        await app.StartAsync();
        receiver.Url = new Uri(Loopback.AddressOf(app), "/callback");
        return receiver;
    }

    private async Task<IResult> HandleAsync(HttpRequest request, CallbackDecoder decoder)
    {
        Interlocked.Increment(ref _attempts);
        var body = await new StreamReader(request.Body).ReadToEndAsync();
        try
        {
            var evt = decoder.DecodePost(request.Query["msg_signature"], request.Query["timestamp"], request.Query["nonce"], body);
            Notices.Enqueue(evt.AsKfNotice() ?? throw new InvalidOperationException("not a complete kf_msg_or_event"));
        }
        catch (Exception ex) when (ex is CallbackException or InvalidOperationException)
        {
            Rejections.Enqueue(ex.Message);
            return Results.BadRequest();
        }

        if (Script.TryDequeue(out var scripted))
        {
            if (scripted is null)
            {
                await Task.Delay(Timeout.Infinite, CancellationTokenSource.CreateLinkedTokenSource(_stopping.Token, request.HttpContext.RequestAborted).Token)
                    .ContinueWith(_ => { }, TaskScheduler.Default);
                return Results.StatusCode(504);
            }

            return Results.StatusCode(scripted.Value);
        }

        return Results.Text("success");
    }

    public async ValueTask DisposeAsync()
    {
        await _stopping.CancelAsync();
        await _app.StopAsync();
        await _app.DisposeAsync();
        _stopping.Dispose();
    }
}
