namespace Kf.Responder.Backends.Coze;

/// <summary>Why a Coze chat failed.</summary>
internal sealed record CozeError(int Code, string? Msg);
