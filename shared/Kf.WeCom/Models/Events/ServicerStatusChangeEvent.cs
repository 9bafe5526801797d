using System.Text.Json.Serialization;

namespace Kf.WeCom.Models.Events;

/// <summary><c>servicer_status_change</c>: a human servicer started or stopped serving.</summary>
public sealed record ServicerStatusChangeEvent
{
    /// <summary>The 微信客服 account.</summary>
    [JsonPropertyName("open_kfid")]
    public string OpenKfId { get; init; } = string.Empty;

    /// <summary>The servicer.</summary>
    [JsonPropertyName("servicer_userid")]
    public string ServicerUserId { get; init; } = string.Empty;

    /// <summary>1 serving, 2 stopped (note: servicer/list uses 0 and 1 for the same states).</summary>
    [JsonPropertyName("status")]
    public int Status { get; init; }

    /// <summary>When stopped: 0 stopped (停止接待), 1 temporarily suspended (暂时挂起).</summary>
    [JsonPropertyName("stop_type")]
    public int StopType { get; init; }

    /// <summary>True when <see cref="Status"/> is 1.</summary>
    [JsonIgnore]
    public bool IsServing => Status == 1;
}
