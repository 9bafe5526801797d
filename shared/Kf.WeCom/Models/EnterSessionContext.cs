using System.Text.Json.Serialization;

namespace Kf.WeCom.Models;

/// <summary>How a customer last entered the conversation (<c>enter_session_context</c>).</summary>
public sealed record EnterSessionContext
{
    /// <summary>The scene of the contact link.</summary>
    [JsonPropertyName("scene")]
    public string Scene { get; init; } = string.Empty;

    /// <summary>The <c>scene_param</c> of the contact link.</summary>
    [JsonPropertyName("scene_param")]
    public string SceneParam { get; init; } = string.Empty;

    /// <summary>When the customer came from 视频号.</summary>
    [JsonPropertyName("wechat_channels")]
    public WeChatChannelsInfo? WeChatChannels { get; init; }
}
