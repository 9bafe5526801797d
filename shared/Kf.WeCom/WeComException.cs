namespace Kf.WeCom;

/// <summary>
/// Base of the errors raised by the API client (<c>WeComApiClient</c>): catch it to handle every failure of
/// a call, or one of <see cref="WeComApiException"/> (WeCom answered with an error code) and
/// <see cref="WeComTransportException"/> (no usable answer) to tell them apart.
/// </summary>
public abstract class WeComException : Exception
{
    /// <summary>Creates the exception for the named API.</summary>
    protected WeComException(string api, string message, Exception? innerException)
        : base(message, innerException)
    {
        Api = api;
    }

    /// <summary>The API path without <c>cgi-bin/</c>, e.g. <c>kf/send_msg</c>.</summary>
    public string Api { get; }
}
