namespace Kf.Responder.Backends;

/// <summary>A model that answers one customer message. Errors and timeouts surface as exceptions; the caller turns them into the friendly reply.</summary>
internal interface IChatBackend
{
    /// <summary>For logs and metrics: <c>openai</c> or <c>coze</c>.</summary>
    string Name { get; }

    /// <summary>Whether the backend wants Kf's remembered turns (Coze keeps its own conversation).</summary>
    bool UsesMemory { get; }

    Task<string> AnswerAsync(ChatRequest request, CancellationToken cancellationToken);
}
