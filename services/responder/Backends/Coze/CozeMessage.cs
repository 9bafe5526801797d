namespace Kf.Responder.Backends.Coze;

/// <summary>A message of a finished chat; the answer is <c>role=assistant, type=answer</c>.</summary>
internal sealed record CozeMessage(string? Role, string? Type, string? Content, string? ContentType);
