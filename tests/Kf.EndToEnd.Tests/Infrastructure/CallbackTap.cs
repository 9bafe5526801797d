using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Kf.EndToEnd.Tests.Infrastructure;

/// <summary>
/// Sits between the simulator and the ingress: forwards every push unchanged, records the signed
/// request and the ingress's answer, and can lose acknowledgements (the ingress got the callback,
/// WeChat never saw the 200) so the simulator retries the very same callback, as WeChat does.
/// </summary>
public sealed class CallbackTap : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly HttpClient _ingress = new() { Timeout = TimeSpan.FromSeconds(10) };
    private int _acksToLose;

    private CallbackTap(WebApplication app) => _app = app;

    public Uri Url => new(LoopbackApp.Address(_app), "/wecom/callback");

    /// <summary>The ingress to forward to; set once it runs.</summary>
    public Uri? Ingress { get; set; }

    public ConcurrentQueue<ForwardedCallback> Forwarded { get; } = new();

    /// <summary>The next <paramref name="count"/> acknowledgements the simulator gets are 502, whatever the ingress said.</summary>
    public void LoseAcks(int count) => Volatile.Write(ref _acksToLose, count);

    public static async Task<CallbackTap> StartAsync()
    {
        var app = LoopbackApp.Create().Build();
        var tap = new CallbackTap(app);
        app.MapPost("/wecom/callback", async (HttpRequest request) =>
        {
            var body = await new StreamReader(request.Body).ReadToEndAsync();
            var forwarded = await tap.ForwardAsync(request.Path + request.QueryString, body);
            tap.Forwarded.Enqueue(forwarded);
            var lost = Interlocked.Decrement(ref tap._acksToLose) >= 0;
            return lost || forwarded.Status is null ? Results.StatusCode(502) : Results.StatusCode((int)forwarded.Status);
        });
        await app.StartAsync();
        return tap;
    }

    /// <summary>Posts a recorded callback to the ingress again, byte for byte.</summary>
    public Task<ForwardedCallback> RepostAsync(ForwardedCallback callback) => ForwardAsync(callback.PathAndQuery, callback.Body);

    private async Task<ForwardedCallback> ForwardAsync(string pathAndQuery, string body)
    {
        var clock = Stopwatch.StartNew();
        try
        {
            using var content = new StringContent(body, Encoding.UTF8, "text/xml");
            using var response = await _ingress.PostAsync(new Uri(Ingress!, pathAndQuery), content);
            return new ForwardedCallback(pathAndQuery, body, response.StatusCode, clock.Elapsed);
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
        {
            return new ForwardedCallback(pathAndQuery, body, null, clock.Elapsed);
        }
    }

    public async ValueTask DisposeAsync()
    {
        _ingress.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
