using System.Text.Json.Serialization;

namespace Kf.WeCom.Models.Messages;

/// <summary>A received <c>merged_msg</c> payload: a forwarded chat record.</summary>
public sealed record KfMergedMsgContent
{
    /// <summary>Title of the record.</summary>
    [JsonPropertyName("title")]
    public string Title { get; init; } = string.Empty;

    /// <summary>The forwarded messages.</summary>
    [JsonPropertyName("item")]
    public IReadOnlyList<KfMergedMsgItem> Item { get; init; } = [];
}
