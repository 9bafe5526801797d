using System.Text.Json.Serialization;

namespace Kf.WeCom.Models;

/// <summary>The 视频号 a customer entered from (<c>wechat_channels</c>).</summary>
public sealed record WeChatChannelsInfo
{
    /// <summary>The channel's nickname.</summary>
    [JsonPropertyName("nickname")]
    public string Nickname { get; init; } = string.Empty;

    /// <summary>The shop's nickname, when the entry was from a shop.</summary>
    [JsonPropertyName("shop_nickname")]
    public string ShopNickname { get; init; } = string.Empty;

    /// <summary>The 视频号 scene: 1 profile, 2 live commerce, 3 product page, 4 order page, and so on.</summary>
    [JsonPropertyName("scene")]
    public int Scene { get; init; }
}
