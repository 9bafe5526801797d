using Kf.Simulator.Time;
using Kf.WeCom.Api;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Kf.Simulator.Tests.Infrastructure;

/// <summary>
/// The simulator on real Kestrel at 127.0.0.1 on a free port, exactly as a bot reaches it, with a
/// frozen clock. One per test: no state leaks between tests.
/// </summary>
public sealed class SimulatorHost : IAsyncDisposable
{
    public const string CorpId = "wwtest0000000001";
    public const string Secret = "test-secret";
    public const string Token = "testtoken";
    public const string EncodingAesKey = "jWmYm7qr5nMoAUwZRjGtBxmz3KA1tkAj3ykkR6q2B2C";
    public const string OpenKfId = "wkTestAccount01";

    private readonly WebApplication _app;
    private ServiceProvider? _api;

    private SimulatorHost(WebApplication app, Uri baseAddress, CallbackReceiver receiver)
    {
        _app = app;
        Receiver = receiver;
        BaseAddress = baseAddress;
        Http = new HttpClient { BaseAddress = baseAddress };
        Client = new SimClient(Http);
    }

    public Uri BaseAddress { get; }

    public HttpClient Http { get; }

    /// <summary>Where this host pushes callbacks (unless the settings name another CallbackUrl).</summary>
    public CallbackReceiver Receiver { get; }

    /// <summary>Raw HTTP: wire shapes, the control API, and inputs the shared client refuses to send.</summary>
    public SimClient Client { get; }

    /// <summary>The shared Kf.WeCom client, configured against this host as a service would be.</summary>
    public WeComApiClient Api => (_api ??= SharedClient.For(this)).Client();

    public static readonly DateTimeOffset Start = new(2026, 3, 2, 10, 0, 0, TimeSpan.Zero);

    public static async Task<SimulatorHost> StartAsync(IDictionary<string, string?>? settings = null)
    {
        var receiver = await CallbackReceiver.StartAsync(Token, EncodingAesKey, CorpId);
        var builder = Loopback.Builder();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Simulator:CorpId"] = CorpId,
            ["Simulator:Secret"] = Secret,
            ["Simulator:Token"] = Token,
            ["Simulator:EncodingAesKey"] = EncodingAesKey,
            ["Simulator:OpenKfIds:0"] = OpenKfId,
            ["Simulator:CallbackRetryDelayMs"] = "0",
            ["Simulator:CallbackUrl"] = receiver.Url.ToString(),
        });
        builder.Configuration.AddInMemoryCollection(settings ?? new Dictionary<string, string?>());
        builder.Services.AddSingleton(new SimClock(new ManualTime(Start)));
        builder.Services.AddWeComSimulator(builder.Configuration);
        var app = builder.Build();
        app.MapWeComSimulator();
        try
        {
            await app.StartAsync();
        }
        catch
        {
            await app.DisposeAsync();
            await receiver.DisposeAsync();
            throw;
        }

        return new SimulatorHost(app, Loopback.AddressOf(app), receiver);
    }

    public async ValueTask DisposeAsync()
    {
        if (_api is not null)
        {
            await _api.DisposeAsync();
        }

        Http.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
        await Receiver.DisposeAsync();
    }

    /// <summary>The customer writes; returns the Token of the push that announces it.</summary>
    public async Task<string> SyncTokenAsync()
    {
        var before = Receiver.Notices.Count;
        await Client.SayAsync();
        await Eventually.WaitAsync(() => Task.FromResult(Receiver.Notices.Count), n => n > before, "a push with a Token");
        return Receiver.Notices.Last().Token;
    }
}
