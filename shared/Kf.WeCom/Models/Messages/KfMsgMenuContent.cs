using System.Text.Json.Serialization;

namespace Kf.WeCom.Models.Messages;

/// <summary>A <c>msgmenu</c> payload, received or sent (sent: at most 10 items).</summary>
public sealed record KfMsgMenuContent
{
    /// <summary>Text above the items.</summary>
    [JsonPropertyName("head_content")]
    public string? HeadContent { get; init; }

    /// <summary>The items.</summary>
    [JsonPropertyName("list")]
    public IReadOnlyList<KfMenuItem> List { get; init; } = [];

    /// <summary>Text below the items.</summary>
    [JsonPropertyName("tail_content")]
    public string? TailContent { get; init; }
}
