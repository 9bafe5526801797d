namespace Kf.Testing;

/// <summary>
/// A server the test needs cannot be used. It fails the test on purpose: a suite that quietly
/// skips or passes without its server proves nothing.
/// </summary>
public sealed class TestServerUnavailableException(string message, Exception? innerException = null)
    : Exception(message, innerException);
