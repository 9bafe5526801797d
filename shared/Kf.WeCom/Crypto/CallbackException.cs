namespace Kf.WeCom.Crypto;

/// <summary>A callback (or URL verification) that must be refused. Carries no secret and no plaintext.</summary>
public sealed class CallbackException(CallbackError error, string message, Exception? inner = null)
    : Exception(message, inner)
{
    /// <summary>The typed reason, for metrics and the HTTP status.</summary>
    public CallbackError Error { get; } = error;
}
