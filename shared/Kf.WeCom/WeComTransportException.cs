using System.Net;

namespace Kf.WeCom;

/// <summary>
/// The call produced no WeCom answer: a network error (inner <see cref="HttpRequestException"/>), the
/// <see cref="WeComOptions.ApiTimeout"/> elapsed (inner <see cref="TimeoutException"/>), a non-2xx HTTP
/// status, or a body that is not the expected JSON (inner <see cref="System.Text.Json.JsonException"/>).
/// For a send the outcome is unknown: WeCom may have delivered it, so retry with the same msgid.
/// Cancellation by the caller's token is not wrapped: it surfaces as <see cref="OperationCanceledException"/>.
/// </summary>
public sealed class WeComTransportException : WeComException
{
    /// <summary>Creates the exception for a failed exchange with <paramref name="api"/>.</summary>
    public WeComTransportException(string api, string message, Exception? innerException, HttpStatusCode? statusCode = null)
        : base(api, message, innerException)
    {
        StatusCode = statusCode;
    }

    /// <summary>The HTTP status when the server answered with a non-2xx one; otherwise null.</summary>
    public HttpStatusCode? StatusCode { get; }

    /// <summary>True when the exchange timed out rather than failed.</summary>
    public bool IsTimeout => InnerException is TimeoutException;
}
