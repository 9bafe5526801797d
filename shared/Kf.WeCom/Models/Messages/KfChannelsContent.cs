using System.Text.Json.Serialization;

namespace Kf.WeCom.Models.Messages;

/// <summary>A received <c>channels</c> payload: shared 视频号 content.</summary>
public sealed record KfChannelsContent
{
    /// <summary>1 video (视频号动态), 2 live (视频号直播), 3 card (视频号名片); others may appear.</summary>
    [JsonPropertyName("sub_type")]
    public int SubType { get; init; }

    /// <summary>The channel's nickname.</summary>
    [JsonPropertyName("nickname")]
    public string Nickname { get; init; } = string.Empty;

    /// <summary>Title of the shared content.</summary>
    [JsonPropertyName("title")]
    public string Title { get; init; } = string.Empty;
}
