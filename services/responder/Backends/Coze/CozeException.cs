namespace Kf.Responder.Backends.Coze;

/// <summary>Coze answered, but not with an answer: an error code or a chat that did not complete.</summary>
internal sealed class CozeException(string message) : Exception(message);
