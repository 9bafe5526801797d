using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Kf.Pipeline.Bench;

/// <summary>
/// An instant OpenAI-compatible model: <c>POST /v1/chat/completions</c> answers at once with
/// 「答：」 + the last user message (so the answer carries the question's <c>q&lt;seq&gt;</c> tag).
/// </summary>
public sealed class FakeModel : IAsyncDisposable
{
    private readonly WebApplication _app;
    private long _requests;

    private FakeModel(WebApplication app) => _app = app;

    public string BaseUrl { get; private set; } = "";

    public long Requests => Interlocked.Read(ref _requests);

    public static async Task<FakeModel> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { EnvironmentName = "Production" });
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var fake = new FakeModel(app);
        app.MapPost("/v1/chat/completions", async (HttpRequest request) =>
        {
            var body = (await JsonNode.ParseAsync(request.Body))!;
            var n = Interlocked.Increment(ref fake._requests);
            var question = (string?)body["messages"]!.AsArray().LastOrDefault(m => (string?)m!["role"] == "user")?["content"] ?? "";
            var answer = new JsonObject
            {
                ["id"] = "chatcmpl-" + n,
                ["object"] = "chat.completion",
                ["created"] = 1_700_000_000,
                ["model"] = (string?)body["model"],
                ["choices"] = new JsonArray(new JsonObject
                {
                    ["index"] = 0,
                    ["message"] = new JsonObject { ["role"] = "assistant", ["content"] = "答：" + question },
                    ["finish_reason"] = "stop",
                }),
                ["usage"] = new JsonObject { ["prompt_tokens"] = 1, ["completion_tokens"] = 1, ["total_tokens"] = 2 },
            };
            return Results.Text(answer.ToJsonString(), "application/json");
        });
        await app.StartAsync();
        var address = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
        fake.BaseUrl = new Uri(address, "/v1").ToString();
        return fake;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
