using System.Text.Json.Serialization;

namespace Kf.WeCom.Models;

/// <summary>Answer of <c>kf/service_state/get</c>.</summary>
public sealed class ServiceStateGetResponse : WeComResponse
{
    /// <summary>The session state; the bot may send only in 0 and 1.</summary>
    [JsonPropertyName("service_state")]
    public ServiceState ServiceState { get; init; }

    /// <summary>The servicer, when <see cref="ServiceState"/> is <see cref="Models.ServiceState.ServedByHuman"/>.</summary>
    [JsonPropertyName("servicer_userid")]
    public string ServicerUserId { get; init; } = string.Empty;
}
