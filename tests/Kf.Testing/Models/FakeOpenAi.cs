using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Kf.Testing.Models;

/// <summary>
/// A scripted OpenAI-compatible model on loopback: <c>POST /v1/chat/completions</c> answers with what
/// <see cref="Answer"/> returns for the request (or hangs until the caller gives up, or fails).
/// It fakes the model, which is outside Kf; every request is kept for assertions.
/// </summary>
public sealed class FakeOpenAi : IAsyncDisposable
{
    private readonly WebApplication _app;

    private FakeOpenAi(WebApplication app, Uri address)
    {
        _app = app;
        BaseUrl = new Uri(address, "/v1").ToString();
    }

    /// <summary>What <c>Llm:BaseUrl</c> is set to.</summary>
    public string BaseUrl { get; }

    /// <summary>The <c>Llm:*</c> settings that point a responder at this fake (model name <c>test-model</c>).</summary>
    public Dictionary<string, string?> Settings => new()
    {
        ["Llm:Provider"] = "openai",
        ["Llm:BaseUrl"] = BaseUrl,
        ["Llm:ApiKey"] = "sk-test",
        ["Llm:Model"] = "test-model",
    };

    public ConcurrentQueue<JsonNode> Requests { get; } = new();

    /// <summary>The answer to a request; by default an echo of the last user message.</summary>
    public Func<JsonNode, string> Answer { get; set; } = request => "答：" + (string?)request["messages"]!.AsArray().Last()!["content"];

    /// <summary>When set, requests wait until the client aborts (a model that never answers).</summary>
    public bool Hang { get; set; }

    /// <summary>
    /// When set, each answer waits until this task completes (or the client gives up) before it is written;
    /// the request is already in <see cref="Requests"/>, so a test can act while the caller waits for the model.
    /// </summary>
    public Task? Hold { get; set; }

    /// <summary>When set, requests fail with this HTTP status.</summary>
    public int? FailWith { get; set; }

    public static async Task<FakeOpenAi> StartAsync()
    {
        FakeOpenAi? fake = null;
        var (app, address) = await FakeModelHost.StartAsync(app =>
            // HttpRequest, not HttpContext: a lambda of HttpContext returning a Task binds as a RequestDelegate and drops the result.
            app.MapPost("/v1/chat/completions", (HttpRequest request) => fake!.HandleAsync(request)));
        fake = new FakeOpenAi(app, address);
        return fake;
    }

    private async Task<IResult> HandleAsync(HttpRequest httpRequest)
    {
        var request = (await JsonNode.ParseAsync(httpRequest.Body))!;
        Requests.Enqueue(request);
        if (Hang)
        {
            await Task.Delay(Timeout.Infinite, httpRequest.HttpContext.RequestAborted).ContinueWith(_ => { });
            return Results.StatusCode(499);
        }

        if (Hold is { } hold)
        {
            await hold.WaitAsync(httpRequest.HttpContext.RequestAborted);
        }

        if (FailWith is { } status)
        {
            return Results.Json(new { error = new { message = "scripted failure", type = "server_error" } }, statusCode: status);
        }

        return Results.Json(new
        {
            id = "chatcmpl-" + Requests.Count,
            @object = "chat.completion",
            created = 1_700_000_000,
            model = (string?)request["model"],
            choices = new[] { new { index = 0, message = new { role = "assistant", content = Answer(request) }, finish_reason = "stop" } },
            usage = new { prompt_tokens = 1, completion_tokens = 1, total_tokens = 2 },
        });
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
