using System.Text.Json.Serialization;

namespace Kf.WeCom.Models.Outgoing;

/// <summary>An outgoing <c>link</c> (图文链接) payload.</summary>
public sealed record KfOutgoingLink
{
    /// <summary>Title, at most 128 bytes (WeCom truncates).</summary>
    [JsonPropertyName("title")]
    public required string Title { get; init; }

    /// <summary>Description, at most 512 bytes (WeCom truncates).</summary>
    [JsonPropertyName("desc")]
    public string? Desc { get; init; }

    /// <summary>Target with its http(s) scheme, at most 2048 bytes.</summary>
    [JsonPropertyName("url")]
    public required string Url { get; init; }

    /// <summary>Thumbnail media id from a media upload.</summary>
    [JsonPropertyName("thumb_media_id")]
    public required string ThumbMediaId { get; init; }
}
