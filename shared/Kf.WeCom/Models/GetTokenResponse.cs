using System.Text.Json.Serialization;

namespace Kf.WeCom.Models;

/// <summary>Answer of <c>gettoken</c>.</summary>
public sealed class GetTokenResponse : WeComResponse
{
    /// <summary>The access token. A secret: never log it.</summary>
    [JsonPropertyName("access_token")]
    public string AccessToken { get; init; } = string.Empty;

    /// <summary>Lifetime in seconds, normally 7200.</summary>
    [JsonPropertyName("expires_in")]
    public int ExpiresIn { get; init; }
}
