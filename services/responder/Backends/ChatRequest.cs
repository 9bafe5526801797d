using Kf.Storage.Conversations;

namespace Kf.Responder.Backends;

/// <summary>One question for a backend.</summary>
internal sealed record ChatRequest
{
    /// <summary>Kf's internal user id (Coze's <c>user_id</c>); never the WeChat id.</summary>
    public required string UserId { get; init; }

    /// <summary>The customer's message.</summary>
    public required string Text { get; init; }

    /// <summary>Remembered turns, oldest first (empty for backends that keep their own).</summary>
    public IReadOnlyList<MemoryTurn> History { get; init; } = [];

    /// <summary>
    /// The knowledge base's top chunks, best first; empty when the profile has no knowledge (the model then
    /// answers as before). When given, the backend tells the model to answer only from them (<see cref="KnowledgePrompt"/>).
    /// </summary>
    public IReadOnlyList<KnowledgeExcerpt> Knowledge { get; init; } = [];
}
