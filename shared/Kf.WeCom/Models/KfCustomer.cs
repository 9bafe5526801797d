using System.Text.Json.Serialization;

namespace Kf.WeCom.Models;

/// <summary>A customer of <c>kf/customer/batchget</c>.</summary>
public sealed record KfCustomer
{
    /// <summary>The customer's id.</summary>
    [JsonPropertyName("external_userid")]
    public string ExternalUserId { get; init; } = string.Empty;

    /// <summary>WeChat nickname.</summary>
    [JsonPropertyName("nickname")]
    public string Nickname { get; init; } = string.Empty;

    /// <summary>Avatar URL.</summary>
    [JsonPropertyName("avatar")]
    public string Avatar { get; init; } = string.Empty;

    /// <summary>0 unknown, 1 male, 2 female.</summary>
    [JsonPropertyName("gender")]
    public int Gender { get; init; }

    /// <summary>The WeChat unionid, when the company has a bound 开放平台 account.</summary>
    [JsonPropertyName("unionid")]
    public string? UnionId { get; init; }

    /// <summary>The last enter_session context, when requested.</summary>
    [JsonPropertyName("enter_session_context")]
    public EnterSessionContext? EnterSessionContext { get; init; }
}
