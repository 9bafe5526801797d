using System.Text.Json.Serialization;

namespace Kf.WeCom.Models;

/// <summary>Answer of <c>kf/send_msg</c> and <c>kf/send_msg_on_event</c>.</summary>
public sealed class SendMsgResponse : WeComResponse
{
    /// <summary>The message's id: the one given, or one WeCom made.</summary>
    [JsonPropertyName("msgid")]
    public string MsgId { get; init; } = string.Empty;
}
