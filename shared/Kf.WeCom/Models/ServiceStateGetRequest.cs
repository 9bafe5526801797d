using System.Text.Json.Serialization;

namespace Kf.WeCom.Models;

/// <summary>Body of <c>kf/service_state/get</c>.</summary>
/// <param name="OpenKfId">The 微信客服 account.</param>
/// <param name="ExternalUserId">The customer.</param>
public sealed record ServiceStateGetRequest(
    [property: JsonPropertyName("open_kfid")] string OpenKfId,
    [property: JsonPropertyName("external_userid")] string ExternalUserId);
