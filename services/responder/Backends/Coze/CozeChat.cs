namespace Kf.Responder.Backends.Coze;

/// <summary>A chat (one question and its answer) in a Coze conversation; <c>status</c> runs created → in_progress → completed.</summary>
internal sealed record CozeChat(string Id, string ConversationId, string? Status, CozeError? LastError);
