namespace Kf.Responder.Backends;

/// <summary>How one model is asked: what the backend is called, and what Kf sends it besides the question.</summary>
/// <param name="Name">For logs and metrics: <c>openai</c> or <c>coze</c>.</param>
/// <param name="UsesMemory">Whether Kf's remembered turns are sent (Coze keeps its own conversation).</param>
/// <param name="SystemPrompt">Kf's system prompt; none for a bot that carries its own persona.</param>
/// <param name="Temperature">Sampling temperature; null leaves the provider's default.</param>
/// <param name="PassesUserId">Whether the client needs Kf's internal user id (Coze's <c>user_id</c>).</param>
internal sealed record ModelChatProfile(string Name, bool UsesMemory, string? SystemPrompt, float? Temperature, bool PassesUserId);
