using System.Collections.Concurrent;
using System.Runtime.InteropServices;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Kf.Testing.Models;

/// <summary>
/// A scripted OpenAI-compatible model on loopback: <c>POST /v1/chat/completions</c> answers with what
/// <see cref="Answer"/> returns for the request (or hangs until the caller gives up, or fails).
/// <c>POST /v1/embeddings</c> answers with <see cref="Embed"/>'s vectors (by default
/// <see cref="HashingEmbedder"/>), as floats or base64 as the request asks.
/// It fakes the model, which is outside Kf; every request is kept for assertions.
/// </summary>
public sealed class FakeOpenAi : IAsyncDisposable
{
    private readonly WebApplication _app;
    private int _embeddedTexts;

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

    /// <summary>The <c>Embeddings:*</c> settings that point Kf's knowledge base at this fake (model name <c>test-embedding</c>).</summary>
    public Dictionary<string, string?> EmbeddingSettings => new()
    {
        ["Embeddings:BaseUrl"] = BaseUrl,
        ["Embeddings:ApiKey"] = "sk-test",
        ["Embeddings:Model"] = "test-embedding",
    };

    /// <summary>Chat completion requests.</summary>
    public ConcurrentQueue<JsonNode> Requests { get; } = new();

    /// <summary>Embedding requests, answered or not.</summary>
    public ConcurrentQueue<JsonNode> EmbeddingRequests { get; } = new();

    /// <summary>How many texts embedding requests carried, failed ones included (what a paid endpoint would bill).</summary>
    public int EmbeddedTexts => Volatile.Read(ref _embeddedTexts);

    /// <summary>The vectors for one request's texts; a test may return fewer, or mixed dimensions, to play a broken endpoint.</summary>
    public Func<IReadOnlyList<string>, IReadOnlyList<float[]>> Embed { get; set; } =
        texts => [.. texts.Select(text => HashingEmbedder.Embed(text))];

    /// <summary>When set, vectors are JSON floats even when base64 is asked for, as some local servers answer.</summary>
    public bool EmbeddingsIgnoreEncodingFormat { get; set; }

    /// <summary>When set, embedding requests fail with this HTTP status.</summary>
    public int? EmbeddingsFailWith { get; set; }

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
        {
            // HttpRequest, not HttpContext: a lambda of HttpContext returning a Task binds as a RequestDelegate and drops the result.
            app.MapPost("/v1/chat/completions", (HttpRequest request) => fake!.HandleAsync(request));
            app.MapPost("/v1/embeddings", (HttpRequest request) => fake!.HandleEmbeddingsAsync(request));
        });
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

    private async Task<IResult> HandleEmbeddingsAsync(HttpRequest httpRequest)
    {
        var request = (await JsonNode.ParseAsync(httpRequest.Body))!;
        EmbeddingRequests.Enqueue(request);
        // "input" is one string or an array of strings.
        List<string> texts = request["input"] is JsonArray array ? [.. array.Select(t => (string)t!)] : [(string)request["input"]!];
        Interlocked.Add(ref _embeddedTexts, texts.Count);
        if (EmbeddingsFailWith is { } status)
        {
            return Results.Json(new { error = new { message = "scripted failure", type = "server_error" } }, statusCode: status);
        }

        var base64 = (string?)request["encoding_format"] == "base64" && !EmbeddingsIgnoreEncodingFormat;
        var vectors = Embed(texts);
        return Results.Json(new
        {
            @object = "list",
            data = vectors.Select((vector, index) => new
            {
                @object = "embedding",
                index,
                embedding = base64 ? (object)Convert.ToBase64String(MemoryMarshal.AsBytes(vector.AsSpan())) : vector,
            }),
            model = (string?)request["model"],
            usage = new { prompt_tokens = texts.Count, total_tokens = texts.Count },
        });
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
