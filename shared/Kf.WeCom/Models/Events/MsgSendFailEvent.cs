using System.Text.Json.Serialization;

namespace Kf.WeCom.Models.Events;

/// <summary><c>msg_send_fail</c>: a message sent through the API was not delivered.</summary>
public sealed record MsgSendFailEvent
{
    /// <summary>The 微信客服 account.</summary>
    [JsonPropertyName("open_kfid")]
    public string OpenKfId { get; init; } = string.Empty;

    /// <summary>The customer.</summary>
    [JsonPropertyName("external_userid")]
    public string ExternalUserId { get; init; } = string.Empty;

    /// <summary>The msgid of the failed message.</summary>
    [JsonPropertyName("fail_msgid")]
    public string FailMsgId { get; init; } = string.Empty;

    /// <summary>Why it failed; values outside the enum are kept as their number.</summary>
    [JsonPropertyName("fail_type")]
    public MsgSendFailType FailType { get; init; }
}
