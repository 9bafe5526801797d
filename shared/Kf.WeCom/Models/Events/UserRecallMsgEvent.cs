using System.Text.Json.Serialization;

namespace Kf.WeCom.Models.Events;

/// <summary><c>user_recall_msg</c>: the customer recalled a message.</summary>
public sealed record UserRecallMsgEvent
{
    /// <summary>The 微信客服 account.</summary>
    [JsonPropertyName("open_kfid")]
    public string OpenKfId { get; init; } = string.Empty;

    /// <summary>The customer.</summary>
    [JsonPropertyName("external_userid")]
    public string ExternalUserId { get; init; } = string.Empty;

    /// <summary>The msgid of the recalled message.</summary>
    [JsonPropertyName("recall_msgid")]
    public string RecallMsgId { get; init; } = string.Empty;
}
