using Kf.Knowledge;
using Kf.Storage.Conversations;
using Microsoft.Extensions.Options;
using OpenAI.Chat;

namespace Kf.Responder.Backends;

/// <summary>Any OpenAI-compatible chat endpoint (Kimi, DeepSeek, Qwen, OpenAI…) through the official SDK.</summary>
internal sealed class OpenAiChatBackend : IChatBackend
{
    private readonly ChatClient _client;
    private readonly LlmOptions _options;

    public OpenAiChatBackend(IOptions<LlmOptions> options)
    {
        _options = options.Value;
        // Llm:TimeoutSeconds bounds the whole answer, and a failure gets the friendly reply at once.
        _client = new ChatClient(
            _options.Model, OpenAiCompatibleEndpoint.Credential(_options.ApiKey), OpenAiCompatibleEndpoint.Options(_options.BaseUrl!, _options.TimeoutSeconds));
    }

    public string Name => "openai";

    public bool UsesMemory => true;

    public async Task<string> AnswerAsync(ChatRequest request, CancellationToken cancellationToken)
    {
        List<ChatMessage> messages = [new SystemChatMessage(_options.SystemPrompt)];
        foreach (var turn in request.History)
        {
            messages.Add(turn.Role == MemoryTurn.Assistant ? new AssistantChatMessage(turn.Content) : new UserChatMessage(turn.Content));
        }

        // Right before the question, after the remembered turns: the excerpts were retrieved for this question.
        if (request.Knowledge.Count > 0)
        {
            messages.Add(new SystemChatMessage(KnowledgePrompt.Context(request.Knowledge)));
        }

        messages.Add(new UserChatMessage(request.Text));
        var settings = new ChatCompletionOptions { Temperature = (float?)_options.Temperature };
        ChatCompletion completion = await _client.CompleteChatAsync(messages, settings, cancellationToken);
        return string.Concat(completion.Content.Where(part => part.Kind == ChatMessageContentPartKind.Text).Select(part => part.Text));
    }
}
