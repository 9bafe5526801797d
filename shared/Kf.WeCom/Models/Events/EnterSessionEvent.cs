using System.Text.Json.Serialization;

namespace Kf.WeCom.Models.Events;

/// <summary><c>enter_session</c>: the customer opened the conversation.</summary>
public sealed record EnterSessionEvent
{
    /// <summary>The 微信客服 account.</summary>
    [JsonPropertyName("open_kfid")]
    public string OpenKfId { get; init; } = string.Empty;

    /// <summary>The customer.</summary>
    [JsonPropertyName("external_userid")]
    public string ExternalUserId { get; init; } = string.Empty;

    /// <summary>The scene of the contact link (add_contact_way).</summary>
    [JsonPropertyName("scene")]
    public string Scene { get; init; } = string.Empty;

    /// <summary>The <c>scene_param</c> appended to the contact link.</summary>
    [JsonPropertyName("scene_param")]
    public string SceneParam { get; init; } = string.Empty;

    /// <summary>
    /// Present only when no native welcome is configured and the customer had no welcome or message
    /// in 48 h: usable once, within 20 s, with send_msg_on_event.
    /// </summary>
    [JsonPropertyName("welcome_code")]
    public string? WelcomeCode { get; init; }

    /// <summary>When the customer came from 视频号.</summary>
    [JsonPropertyName("wechat_channels")]
    public WeChatChannelsInfo? WeChatChannels { get; init; }
}
