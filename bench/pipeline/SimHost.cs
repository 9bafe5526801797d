using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Kf.Simulator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Kf.Pipeline.Bench;

/// <summary>
/// The 微信客服 simulator in this process on real Kestrel (127.0.0.1), with a corp and account of its
/// own, and a middleware that timestamps (a) each customer message POST on arrival, by the
/// generator's <c>x-bench-seq</c> header, and (b) each <c>send_msg</c> when the simulator's handler has
/// finished with it, by the <c>q&lt;seq&gt;</c> tag the instant model echoes into the answer.
/// </summary>
public sealed partial class SimHost : IAsyncDisposable
{
    public const string SeqHeader = "x-bench-seq";
    private readonly WebApplication _app;

    private SimHost(WebApplication app, SimIdentity identity)
    {
        _app = app;
        Identity = identity;
        BaseAddress = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
    }

    public SimIdentity Identity { get; }

    public string OpenKfId => Identity.OpenKfId;

    public Uri BaseAddress { get; }

    /// <summary>The ingress runs first (it needs only the credentials), so the callback URL is known here.</summary>
    public static async Task<SimHost> StartAsync(Recorder recorder, SimIdentity identity, Uri callbackUrl)
    {
        var (corpId, secret, token, aesKey, openKfId) = identity;
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { EnvironmentName = "Production" });
        builder.Configuration.Sources.Clear();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Simulator:CorpId"] = corpId,
            ["Simulator:Secret"] = secret,
            ["Simulator:Token"] = token,
            ["Simulator:EncodingAesKey"] = aesKey,
            ["Simulator:OpenKfIds:0"] = openKfId,
            ["Simulator:CallbackUrl"] = callbackUrl.ToString(),
            ["Simulator:SyncWithoutTokenPerMinute"] = "100000",
            ["Simulator:MaxStoredItems"] = "1000000",
        });
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Services.AddWeComSimulator(builder.Configuration);
        var app = builder.Build();
        app.Use(async (context, next) =>
        {
            var request = context.Request;
            if (HttpMethods.IsPost(request.Method) && request.Path.StartsWithSegments("/sim/customers")
                && request.Headers.TryGetValue(SeqHeader, out var header)
                && int.TryParse(header.ToString(), NumberStyles.None, CultureInfo.InvariantCulture, out var seq))
            {
                recorder.Received(seq, Stopwatch.GetTimestamp());
                await next(context);
                return;
            }

            if (HttpMethods.IsPost(request.Method) && request.Path.Equals("/cgi-bin/kf/send_msg", StringComparison.Ordinal))
            {
                request.EnableBuffering();
                var body = await JsonNode.ParseAsync(request.Body);
                request.Body.Position = 0;
                await next(context);
                var at = Stopwatch.GetTimestamp();
                recorder.SendHandled(SeqOf((string?)body?["text"]?["content"]), at);
                return;
            }

            if (HttpMethods.IsPost(request.Method) && request.Path.Equals("/cgi-bin/kf/service_state/get", StringComparison.Ordinal))
            {
                var at = Stopwatch.GetTimestamp();
                request.EnableBuffering();
                var body = await JsonNode.ParseAsync(request.Body);
                request.Body.Position = 0;
                if ((string?)body?["external_userid"] is { } customer)
                {
                    recorder.StateChecked(customer, at);
                }
            }

            await next(context);
        });
        app.MapWeComSimulator();
        await app.StartAsync();
        return new SimHost(app, identity);
    }

    /// <summary>The question the generator writes for message <paramref name="seq"/>; the model echoes it.</summary>
    public static string Question(int seq) => string.Create(CultureInfo.InvariantCulture, $"bench q{seq} 你好，请问营业时间？");

    /// <summary>Message <paramref name="seq"/> is written by this customer, as its (seq / customers)-th message.</summary>
    public static string Customer(int seq, int customers) => string.Create(CultureInfo.InvariantCulture, $"wmbench{seq % customers:D5}");

    public static int SeqOf(string? text)
    {
        var match = text is null ? null : SeqPattern().Match(text);
        return match is { Success: true } && int.TryParse(match.Groups[1].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture, out var seq) ? seq : -1;
    }

    /// <summary>The simulator's own ledger of accepted sends: (send msgid, seq from the content).</summary>
    public async Task<List<(string MsgId, int Seq)>> SentAsync(HttpClient http)
    {
        var sent = await http.GetFromJsonAsync<JsonArray>(new Uri(BaseAddress, $"/sim/sent?open_kfid={OpenKfId}"));
        return [.. sent!.Select(e => ((string)e!["msgid"]!, SeqOf((string?)e["content"])))];
    }

    [GeneratedRegex(@"q(\d+) ")]
    private static partial Regex SeqPattern();

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}

/// <summary>A corp, secrets and account of the benchmark's own, so nothing it does meets another run.</summary>
public sealed record SimIdentity(string CorpId, string Secret, string Token, string EncodingAesKey, string OpenKfId)
{
    public static SimIdentity Create() => new(
        "ww" + Random(16), "secret" + Random(12), "tk" + Random(20),
        // 43 base64 characters whose last one carries no stray bits.
        Random(42) + RandomNumberGenerator.GetString("AEIMQUYcgkosw048", 1), "wk" + Random(20));

    private static string Random(int length) =>
        RandomNumberGenerator.GetString("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789", length);
}
