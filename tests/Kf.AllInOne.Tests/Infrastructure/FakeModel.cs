using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Kf.AllInOne.Tests.Infrastructure;

/// <summary>
/// A scripted OpenAI-compatible model on loopback (<c>POST /v1/chat/completions</c>, not streamed).
/// It fakes the model, which is outside Kf; <see cref="Settings"/> are the <c>Llm:*</c> keys that use it.
/// </summary>
public sealed class FakeModel : IAsyncDisposable
{
    private readonly WebApplication _app;

    private FakeModel(WebApplication app) => _app = app;

    /// <summary>The answer to a request; by default an echo of the last user message.</summary>
    public Func<JsonNode, string> Answer { get; set; } = request => "答：" + (string?)request["messages"]!.AsArray().Last()!["content"];

    public ConcurrentQueue<JsonNode> Requests { get; } = new();

    public Dictionary<string, string?> Settings { get; private set; } = [];

    public static async Task<FakeModel> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { EnvironmentName = "Production" });
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var model = new FakeModel(app);
        // HttpRequest, not HttpContext: a lambda of HttpContext returning a Task binds as a RequestDelegate and drops the result.
        app.MapPost("/v1/chat/completions", (HttpRequest request) => model.CompleteAsync(request));
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        model.Settings = new Dictionary<string, string?>
        {
            ["Llm:Provider"] = "openai",
            ["Llm:BaseUrl"] = address + "/v1",
            ["Llm:ApiKey"] = "sk-test",
            ["Llm:Model"] = "fake-model",
        };
        return model;
    }

    private async Task<IResult> CompleteAsync(HttpRequest httpRequest)
    {
        var request = (await JsonNode.ParseAsync(httpRequest.Body))!;
        Requests.Enqueue(request);
        return Results.Json(new
        {
            id = "chatcmpl-" + Requests.Count,
            @object = "chat.completion",
            created = 1_700_000_000,
            model = (string?)request["model"],
            choices = new[] { new { index = 0, message = new { role = "assistant", content = Answer(request) }, finish_reason = "stop" } },
        });
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
