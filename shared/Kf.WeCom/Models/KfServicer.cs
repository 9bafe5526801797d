using System.Text.Json.Serialization;

namespace Kf.WeCom.Models;

/// <summary>A servicer of <c>kf/servicer/list</c>: a member (<see cref="UserId"/>) or a department.</summary>
public sealed record KfServicer
{
    /// <summary>The member's userid; null for a department entry.</summary>
    [JsonPropertyName("userid")]
    public string? UserId { get; init; }

    /// <summary>0 serving, 1 stopped (note: the servicer_status_change event uses 1 and 2).</summary>
    [JsonPropertyName("status")]
    public int Status { get; init; }

    /// <summary>When stopped: 0 stopped, 1 temporarily suspended.</summary>
    [JsonPropertyName("stop_type")]
    public int StopType { get; init; }

    /// <summary>The department id, for a department entry.</summary>
    [JsonPropertyName("department_id")]
    public long? DepartmentId { get; init; }

    /// <summary>True for a member who is serving, the only kind that service_state/trans to 3 accepts.</summary>
    [JsonIgnore]
    public bool IsServing => UserId is not null && Status == 0;
}
