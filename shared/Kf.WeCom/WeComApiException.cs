namespace Kf.WeCom;

/// <summary>
/// WeCom answered with a non-zero <c>errcode</c>. Branch on <see cref="ErrCode"/> (see
/// <see cref="WeComErrorCodes"/>), never on <see cref="ErrMsg"/>: the text changes without notice.
/// </summary>
public sealed class WeComApiException : WeComException
{
    /// <summary>Creates the exception for an error answer of <paramref name="api"/>.</summary>
    public WeComApiException(string api, int errCode, string? errMsg)
        : base(api, $"WeCom {api} failed with errcode {errCode}: {errMsg}", null)
    {
        ErrCode = errCode;
        ErrMsg = errMsg ?? string.Empty;
    }

    /// <summary>The <c>errcode</c> WeCom returned.</summary>
    public int ErrCode { get; }

    /// <summary>The <c>errmsg</c> WeCom returned; for people, not for branching.</summary>
    public string ErrMsg { get; }
}
