using System.Text.Json.Serialization;

namespace Kf.WeCom.Models;

/// <summary>Answer of <c>media/upload</c>.</summary>
public sealed class MediaUploadResponse : WeComResponse
{
    /// <summary>The media type, as sent.</summary>
    [JsonPropertyName("type")]
    public string Type { get; init; } = string.Empty;

    /// <summary>The media id, valid 3 days.</summary>
    [JsonPropertyName("media_id")]
    public string MediaId { get; init; } = string.Empty;

    /// <summary>Upload time in Unix seconds (WeCom sends it as a string).</summary>
    [JsonPropertyName("created_at")]
    public long CreatedAt { get; init; }
}
