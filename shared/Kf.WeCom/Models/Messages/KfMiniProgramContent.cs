using System.Text.Json.Serialization;

namespace Kf.WeCom.Models.Messages;

/// <summary>A <c>miniprogram</c> payload, received or sent.</summary>
public sealed record KfMiniProgramContent
{
    /// <summary>Title (at most 64 bytes; WeCom truncates).</summary>
    [JsonPropertyName("title")]
    public string? Title { get; init; }

    /// <summary>The mini program's appid; it must be linked to the company.</summary>
    [JsonPropertyName("appid")]
    public string? AppId { get; init; }

    /// <summary>Page opened on click.</summary>
    [JsonPropertyName("pagepath")]
    public string? PagePath { get; init; }

    /// <summary>Cover image media id.</summary>
    [JsonPropertyName("thumb_media_id")]
    public string? ThumbMediaId { get; init; }
}
