using System.Text.Json.Serialization;

namespace Kf.WeCom.Models;

/// <summary>The envelope every JSON answer of the API carries.</summary>
public class WeComResponse
{
    /// <summary>0 on success; see <see cref="WeComErrorCodes"/>.</summary>
    [JsonPropertyName("errcode")]
    public int ErrCode { get; init; }

    /// <summary>Human-readable error text; never branch on it.</summary>
    [JsonPropertyName("errmsg")]
    public string ErrMsg { get; init; } = string.Empty;
}
