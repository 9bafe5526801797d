using System.Net.Http.Json;
using Kf.AllInOne;
using Kf.Storage.Conversations;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.Extensions.DependencyInjection;

namespace Kf.AllInOne.Tests.Infrastructure;

/// <summary>
/// The all-in-one host composed as its Program.cs composes it, on real Kestrel at 127.0.0.1 on a port
/// the OS picks, with a SQLite file of its own; settings are given as command-line arguments.
/// </summary>
public sealed class AllInOneHost : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly DirectoryInfo? _ownData;

    private AllInOneHost(WebApplication app, DirectoryInfo? ownData, Uri address)
    {
        _app = app;
        _ownData = ownData;
        Address = address;
        Http = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromSeconds(30) };
    }

    public Uri Address { get; }

    public HttpClient Http { get; }

    public IServiceProvider Services => _app.Services;

    /// <summary>
    /// Starts the host in <paramref name="contentRoot"/> (a temp folder of its own, deleted at the end,
    /// unless given); a setting given as null is left out, so the host's own default applies.
    /// </summary>
    public static async Task<AllInOneHost> StartAsync(IDictionary<string, string?>? settings = null, DirectoryInfo? contentRoot = null)
    {
        var ownData = contentRoot is null ? Directory.CreateTempSubdirectory("kf-allinone-") : null;
        var data = contentRoot ?? ownData!;
        var all = new Dictionary<string, string?>
        {
            ["urls"] = "http://127.0.0.1:0",
            ["ConnectionStrings:Sqlite"] = $"Data Source={Path.Combine(data.FullName, "kf.db")}",
            ["Logging:LogLevel:Default"] = Environment.GetEnvironmentVariable("KF_TEST_LOGS") == "1" ? "Information" : "Warning",
            ["Kf:Bus:RetryMaxInterval"] = "00:00:01",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            all[key] = value;
        }

        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = [.. all.Where(s => s.Value is not null).Select(s => $"--{s.Key}={s.Value}")],
            // Not the test's folder: referenced services copy their appsettings.json there.
            ContentRootPath = data.FullName,
            EnvironmentName = "Production",
        });
        builder.AddAllInOne();
        var app = builder.Build();
        app.MapAllInOne();
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new AllInOneHost(app, ownData, new Uri(address));
    }

    /// <summary>The customer writes a text in the simulator (which pushes the callback); returns its msgid.</summary>
    public async Task<string> SayAsync(string customer, string text)
    {
        using var response = await Http.PostAsJsonAsync($"/sim/customers/{customer}/messages", new { msgtype = "text", text });
        response.EnsureSuccessStatusCode();
        return (string)(await response.Content.ReadFromJsonAsync<JsonObject>())!["msgid"]!;
    }

    /// <summary>What the bot sent this customer, as the simulator accepted it (a repeated send msgid is not listed twice).</summary>
    public async Task<JsonArray> SentAsync(string customer) =>
        JsonNode.Parse(await Http.GetStringAsync($"/sim/sent?external_userid={customer}"))!.AsArray();

    /// <summary>send_msg calls the simulator answered, repeats included.</summary>
    public async Task<int> SendMsgCallsAsync() =>
        (int?)JsonNode.Parse(await Http.GetStringAsync("/sim/stats"))!["api_calls"]?["send_msg"] ?? 0;

    public async Task SetStateAsync(string customer, int state)
    {
        using var response = await Http.PostAsJsonAsync(
            $"/sim/sessions/{customer}/state", new { service_state = state, servicer_userid = state == 3 ? "servicer_zhang" : null });
        response.EnsureSuccessStatusCode();
    }

    /// <summary>The responder's stored decision for a customer msgid, once every part is on the bus.</summary>
    public async Task<AnswerPlan> PublishedPlanAsync(string msgId) =>
        (await Eventually.WaitAsync(
            () => Services.GetRequiredService<IConversationStore>().FindPlanAsync(msgId),
            plan => plan?.PublishedAt is not null,
            $"the published plan of {msgId}"))!;

    /// <summary>Waits for <paramref name="count"/> replies, then a moment more, so that a doubled one would show.</summary>
    public async Task<JsonArray> SettledRepliesAsync(string customer, int count)
    {
        await Eventually.WaitAsync(() => SentAsync(customer), sent => sent.Count >= count, $"{count} replies to {customer}");
        await Task.Delay(TimeSpan.FromSeconds(1.5));
        return await SentAsync(customer);
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
        try
        {
            _ownData?.Delete(recursive: true);
        }
        catch (IOException)
        {
            // SQLite's pool may hold the file a moment longer; it is a temp folder.
        }
    }
}
