using System.Net.Http.Json;
using System.Runtime.CompilerServices;
using System.Text.Json;
using Kf.Storage;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Options;

namespace Kf.Responder.Backends.Coze;

/// <summary>
/// A Coze bot over the v3 chat API as an <see cref="IChatClient"/>, not streamed: POST /v3/chat, poll
/// /v3/chat/retrieve until the chat completes, read the answer from /v3/chat/message/list. The Coze
/// conversation is kept per customer (backend state <c>coze/conversation_id</c>), so the bot remembers by
/// itself: only the last user message is sent, after any system messages (Coze has no per-message system
/// prompt, so the knowledge goes before the customer's words). Kf's user id comes in
/// <see cref="ModelChatBackend.UserIdProperty"/>.
/// </summary>
internal sealed class CozeChatClient(HttpClient http, ICustomerStore customers, IOptions<CozeOptions> options, TimeProvider time) : IChatClient
{
    public const string BackendName = "coze";
    private const string ConversationKey = "conversation_id";
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };

    public async Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? chatOptions = null, CancellationToken cancellationToken = default)
    {
        var userId = chatOptions?.AdditionalProperties?.TryGetValue(ModelChatBackend.UserIdProperty, out string? id) == true && id is not null
            ? id
            : throw new ArgumentException($"Coze needs Kf's user id in ChatOptions.AdditionalProperties[{ModelChatBackend.UserIdProperty}]", nameof(chatOptions));
        var conversationId = await customers.GetBackendStateAsync(userId, BackendName, ConversationKey, cancellationToken);
        var chat = await StartAsync(userId, Question(messages.ToList()), conversationId, cancellationToken);
        if (chat.ConversationId != conversationId)
        {
            await customers.SetBackendStateAsync(userId, BackendName, ConversationKey, chat.ConversationId, cancellationToken);
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

        var answers = await ReadAsync<List<CozeMessage>>($"v3/chat/message/list?{query}", cancellationToken);
        // A workflow with message nodes may answer more than once: every answer, in order.
        var text = string.Join("\n\n", answers
            .Where(m => m.Role == "assistant" && m.Type == "answer" && !string.IsNullOrWhiteSpace(m.Content))
            .Select(m => m.Content));
        return new ChatResponse(new ChatMessage(ChatRole.Assistant, text)) { ConversationId = chat.ConversationId };
    }

    public async IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(
        IEnumerable<ChatMessage> messages, ChatOptions? chatOptions = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        // Kf asks Coze non-streamed; a caller that streams gets the whole answer as one update.
        var response = await GetResponseAsync(messages, chatOptions, cancellationToken);
        foreach (var update in response.ToChatResponseUpdates())
        {
            yield return update;
        }
    }

    public object? GetService(Type serviceType, object? serviceKey = null) =>
        serviceKey is null && serviceType.IsInstanceOfType(this) ? this : null;

    public void Dispose()
    {
        // The HttpClient belongs to IHttpClientFactory.
    }

    private static string Question(IReadOnlyList<ChatMessage> messages)
    {
        var question = messages.LastOrDefault(m => m.Role == ChatRole.User)?.Text
            ?? throw new ArgumentException("Coze needs a user message", nameof(messages));
        var context = string.Join("\n\n", messages.Where(m => m.Role == ChatRole.System).Select(m => m.Text));
        return context.Length == 0 ? question : $"{context}\n\n客户的问题：{question}";
    }

    private async Task<CozeChat> StartAsync(string userId, string question, string? conversationId, CancellationToken cancellationToken)
    {
        var path = conversationId is null ? "v3/chat" : $"v3/chat?conversation_id={Uri.EscapeDataString(conversationId)}";
        var body = new
        {
            BotId = options.Value.BotId,
            UserId = userId,
            Stream = false,
            AutoSaveHistory = true,
            AdditionalMessages = new[] { new { Role = "user", Content = question, ContentType = "text" } },
        };
        using var response = await http.PostAsJsonAsync(path, body, Json, cancellationToken);
        return await UnwrapAsync<CozeChat>(response, cancellationToken);
    }

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
