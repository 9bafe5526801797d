using Kf.Storage.Conversations;
using Microsoft.Extensions.AI;

namespace Kf.Responder.Backends;

/// <summary>
/// Kf's question to whichever model answers, through Microsoft.Extensions.AI's <see cref="IChatClient"/>: the
/// system prompt, the remembered turns, the retrieved knowledge and the customer's words as one list of
/// messages. The OpenAI-compatible endpoint and the Coze bot are two <see cref="IChatClient"/>s behind it, so
/// what later work adds to a message (images, transcribed voice) or to the pipeline (tracing) serves both.
/// </summary>
internal sealed class ModelChatBackend(IChatClient client, ModelChatProfile profile) : IChatBackend
{
    /// <summary>Where Kf's internal user id travels for a client that wants it (<see cref="ModelChatProfile.PassesUserId"/>).</summary>
    public const string UserIdProperty = "kf_user_id";

    public string Name => profile.Name;

    public bool UsesMemory => profile.UsesMemory;

    public async Task<string> AnswerAsync(ChatRequest request, CancellationToken cancellationToken)
    {
        List<ChatMessage> messages = [];
        if (!string.IsNullOrWhiteSpace(profile.SystemPrompt))
        {
            messages.Add(new ChatMessage(ChatRole.System, profile.SystemPrompt));
        }

        foreach (var turn in request.History)
        {
            messages.Add(new ChatMessage(turn.Role == MemoryTurn.Assistant ? ChatRole.Assistant : ChatRole.User, turn.Content));
        }

        // Right before the question, after the remembered turns: the excerpts were retrieved for this question.
        if (request.Knowledge.Count > 0)
        {
            messages.Add(new ChatMessage(ChatRole.System, KnowledgePrompt.Context(request.Knowledge)));
        }

        messages.Add(new ChatMessage(ChatRole.User, request.Text));
        var options = new ChatOptions { Temperature = profile.Temperature };
        if (profile.PassesUserId)
        {
            // Only for a client that asks: an OpenAI-compatible endpoint is not told who is writing.
            options.AdditionalProperties = new AdditionalPropertiesDictionary { [UserIdProperty] = request.UserId };
        }

        var response = await client.GetResponseAsync(messages, options, cancellationToken);
        return response.Text;
    }
}
