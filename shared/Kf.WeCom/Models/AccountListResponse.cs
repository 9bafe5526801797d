using System.Text.Json.Serialization;

namespace Kf.WeCom.Models;

/// <summary>Answer of <c>kf/account/list</c>.</summary>
public sealed class AccountListResponse : WeComResponse
{
    /// <summary>The accounts of this page; fewer than the limit means the last page.</summary>
    [JsonPropertyName("account_list")]
    public IReadOnlyList<KfAccount> AccountList { get; init; } = [];
}
