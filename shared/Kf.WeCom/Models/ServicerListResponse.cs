using System.Text.Json.Serialization;

namespace Kf.WeCom.Models;

/// <summary>Answer of <c>kf/servicer/list</c>.</summary>
public sealed class ServicerListResponse : WeComResponse
{
    /// <summary>The servicers (members, or departments added as a whole).</summary>
    [JsonPropertyName("servicer_list")]
    public IReadOnlyList<KfServicer> ServicerList { get; init; } = [];
}
