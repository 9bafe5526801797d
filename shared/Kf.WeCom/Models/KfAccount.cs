using System.Text.Json.Serialization;

namespace Kf.WeCom.Models;

/// <summary>A 微信客服 account of <c>kf/account/list</c>.</summary>
public sealed record KfAccount
{
    /// <summary>The account id.</summary>
    [JsonPropertyName("open_kfid")]
    public string OpenKfId { get; init; } = string.Empty;

    /// <summary>Display name.</summary>
    [JsonPropertyName("name")]
    public string Name { get; init; } = string.Empty;

    /// <summary>Avatar URL.</summary>
    [JsonPropertyName("avatar")]
    public string Avatar { get; init; } = string.Empty;

    /// <summary>Whether the calling app may manage the account (and so call send_msg for it).</summary>
    [JsonPropertyName("manage_privilege")]
    public bool ManagePrivilege { get; init; }
}
