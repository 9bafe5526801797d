namespace Kf.Responder.Backends.Coze;

/// <summary>Every Coze v3 answer: <c>code</c> 0 means success, else <c>msg</c> says why.</summary>
internal sealed record CozeEnvelope<T>(int Code, string? Msg, T? Data);
