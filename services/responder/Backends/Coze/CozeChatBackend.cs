using System.Net.Http.Json;
using System.Text.Json;
using Kf.Storage;
using Microsoft.Extensions.Options;

namespace Kf.Responder.Backends.Coze;

/// <summary>
/// A Coze bot over the v3 chat API, not streamed: POST /v3/chat, poll /v3/chat/retrieve until the
/// chat completes, read the answer from /v3/chat/message/list. The Coze conversation is kept per
/// customer (backend state <c>coze/conversation_id</c>), so the bot remembers by itself.
/// </summary>
internal sealed class CozeChatBackend(HttpClient http, ICustomerStore customers, IOptions<CozeOptions> options, TimeProvider time) : IChatBackend
{
    public const string BackendName = "coze";
    private const string ConversationKey = "conversation_id";
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };

    public string Name => BackendName;

    public bool UsesMemory => false;

    public async Task<string> AnswerAsync(ChatRequest request, CancellationToken cancellationToken)
    {
        var conversationId = await customers.GetBackendStateAsync(request.UserId, BackendName, ConversationKey, cancellationToken);
        var chat = await StartAsync(request, conversationId, cancellationToken);
        if (chat.ConversationId != conversationId)
        {
            await customers.SetBackendStateAsync(request.UserId, BackendName, ConversationKey, chat.ConversationId, cancellationToken);
        }

        var query = $"conversation_id={Uri.EscapeDataString(chat.ConversationId)}&chat_id={Uri.EscapeDataString(chat.Id)}";
        while (chat.Status is null or "created" or "in_progress")
        {
            await Task.Delay(options.Value.PollInterval, time, cancellationToken);
            chat = await ReadAsync<CozeChat>($"v3/chat/retrieve?{query}", cancellationToken);
        }

        if (chat.Status != "completed")
        {
            throw new CozeException($"Coze chat ended {chat.Status} ({chat.LastError?.Code}: {chat.LastError?.Msg})");
        }

        var messages = await ReadAsync<List<CozeMessage>>($"v3/chat/message/list?{query}", cancellationToken);
        // A workflow with message nodes may answer more than once: every answer, in order.
        return string.Join("\n\n", messages
            .Where(m => m.Role == "assistant" && m.Type == "answer" && !string.IsNullOrWhiteSpace(m.Content))
            .Select(m => m.Content));
    }

    private async Task<CozeChat> StartAsync(ChatRequest request, string? conversationId, CancellationToken cancellationToken)
    {
        var path = conversationId is null ? "v3/chat" : $"v3/chat?conversation_id={Uri.EscapeDataString(conversationId)}";
        var body = new
        {
            BotId = options.Value.BotId,
            request.UserId,
            Stream = false,
            AutoSaveHistory = true,
            AdditionalMessages = new[] { new { Role = "user", Content = Question(request), ContentType = "text" } },
        };
        using var response = await http.PostAsJsonAsync(path, body, Json, cancellationToken);
        return await UnwrapAsync<CozeChat>(response, cancellationToken);
    }

    // Coze has no per-message system prompt: the knowledge goes before the customer's words.
    private static string Question(ChatRequest request) =>
        request.Knowledge.Count == 0 ? request.Text : $"{KnowledgePrompt.Context(request.Knowledge)}\n\n客户的问题：{request.Text}";

    private async Task<T> ReadAsync<T>(string path, CancellationToken cancellationToken)
    {
        using var response = await http.GetAsync(path, cancellationToken);
        return await UnwrapAsync<T>(response, cancellationToken);
    }

    private static async Task<T> UnwrapAsync<T>(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        response.EnsureSuccessStatusCode();
        var envelope = await response.Content.ReadFromJsonAsync<CozeEnvelope<T>>(Json, cancellationToken)
            ?? throw new CozeException("Coze answered with an empty body");
        return envelope is { Code: 0, Data: { } data } ? data : throw new CozeException($"Coze answered code {envelope.Code}: {envelope.Msg}");
    }
}
