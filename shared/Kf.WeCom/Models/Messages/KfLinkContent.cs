using System.Text.Json.Serialization;

namespace Kf.WeCom.Models.Messages;

/// <summary>A received <c>link</c> payload (the outgoing one is <see cref="Outgoing.KfOutgoingLink"/>).</summary>
public sealed record KfLinkContent
{
    /// <summary>Title.</summary>
    [JsonPropertyName("title")]
    public string Title { get; init; } = string.Empty;

    /// <summary>Description.</summary>
    [JsonPropertyName("desc")]
    public string Desc { get; init; } = string.Empty;

    /// <summary>Target URL.</summary>
    [JsonPropertyName("url")]
    public string Url { get; init; } = string.Empty;

    /// <summary>Thumbnail URL.</summary>
    [JsonPropertyName("pic_url")]
    public string PicUrl { get; init; } = string.Empty;
}
