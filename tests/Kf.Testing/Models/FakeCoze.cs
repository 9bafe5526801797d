using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Kf.Testing.Models;

/// <summary>
/// A scripted Coze v3 chat API on loopback: <c>POST /v3/chat</c> starts a chat (in_progress), the first
/// <c>/v3/chat/retrieve</c> still says in_progress and the next completed, <c>/v3/chat/message/list</c>
/// gives a verbose message and the answer. A new conversation id is made when none is passed.
/// </summary>
public sealed class FakeCoze : IAsyncDisposable
{
    public const string Token = "pat_test_token";
    public const string BotId = "7348293334";

    private readonly WebApplication _app;
    private readonly ConcurrentDictionary<string, int> _polls = new();
    private int _chats;

    private FakeCoze(WebApplication app, Uri address)
    {
        _app = app;
        BaseUrl = address.ToString();
    }

    public string BaseUrl { get; }

    /// <summary>Each POST /v3/chat: its conversation_id query (null when absent) and body.</summary>
    public ConcurrentQueue<(string? ConversationId, JsonNode Body)> Chats { get; } = new();

    public ConcurrentQueue<string?> Authorizations { get; } = new();

    public Func<JsonNode, string> Answer { get; set; } = body => "扣子答：" + (string?)body["additional_messages"]![0]!["content"];

    public static async Task<FakeCoze> StartAsync()
    {
        FakeCoze? fake = null;
        var (app, address) = await FakeModelHost.StartAsync(app =>
        {
            app.MapPost("/v3/chat", (HttpRequest request) => fake!.StartChatAsync(request));
            app.MapGet("/v3/chat/retrieve", (string conversation_id, string chat_id) => fake!.Retrieve(conversation_id, chat_id));
            app.MapGet("/v3/chat/message/list", (string conversation_id, string chat_id) => fake!.List(conversation_id, chat_id));
        });
        fake = new FakeCoze(app, address);
        return fake;
    }

    private readonly ConcurrentDictionary<string, string> _answers = new();

    private async Task<IResult> StartChatAsync(HttpRequest request)
    {
        var body = (await JsonNode.ParseAsync(request.Body))!;
        var conversation = request.Query["conversation_id"].FirstOrDefault();
        Chats.Enqueue((conversation, body));
        Authorizations.Enqueue(request.Headers.Authorization.FirstOrDefault());
        var chatId = "chat" + Interlocked.Increment(ref _chats);
        _answers[chatId] = Answer(body);
        return Envelope(new { id = chatId, conversation_id = conversation ?? "conv-" + Guid.NewGuid().ToString("N")[..8], bot_id = (string?)body["bot_id"], status = "in_progress" });
    }

    private IResult Retrieve(string conversationId, string chatId) =>
        Envelope(new { id = chatId, conversation_id = conversationId, status = _polls.AddOrUpdate(chatId, 1, (_, n) => n + 1) < 2 ? "in_progress" : "completed" });

    private IResult List(string conversationId, string chatId) => Envelope(new object[]
    {
        new { role = "assistant", type = "verbose", content = "{\"msg_type\":\"generate_answer_finish\"}", content_type = "text", conversation_id = conversationId },
        new { role = "assistant", type = "answer", content = _answers[chatId], content_type = "text", conversation_id = conversationId },
    });

    private static IResult Envelope(object data) => Results.Json(new { code = 0, msg = "", data });

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
