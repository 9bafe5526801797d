using Kf.Storage.Conversations;

namespace Kf.Responder.Backends;

/// <summary>One question for a backend.</summary>
/// <param name="UserId">Kf's internal user id (Coze's <c>user_id</c>); never the WeChat id.</param>
/// <param name="Text">The customer's message.</param>
/// <param name="History">Remembered turns, oldest first (empty for backends that keep their own).</param>
internal sealed record ChatRequest(string UserId, string Text, IReadOnlyList<MemoryTurn> History);
