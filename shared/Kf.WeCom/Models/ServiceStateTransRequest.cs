using System.Text.Json.Serialization;

namespace Kf.WeCom.Models;

/// <summary>Body of <c>kf/service_state/trans</c>.</summary>
public sealed record ServiceStateTransRequest
{
    /// <summary>The 微信客服 account.</summary>
    [JsonPropertyName("open_kfid")]
    public required string OpenKfId { get; init; }

    /// <summary>The customer.</summary>
    [JsonPropertyName("external_userid")]
    public required string ExternalUserId { get; init; }

    /// <summary>The new state: to hand off, <see cref="ServiceState.Queued"/> or <see cref="ServiceState.ServedByHuman"/>.</summary>
    [JsonPropertyName("service_state")]
    public required ServiceState ServiceState { get; init; }

    /// <summary>Required for <see cref="ServiceState.ServedByHuman"/>: a servicer who is serving.</summary>
    [JsonPropertyName("servicer_userid")]
    public string? ServicerUserId { get; init; }
}
