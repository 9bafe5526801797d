using System.Text.Json.Serialization;

namespace Kf.WeCom.Models.Messages;

/// <summary>One message of a <c>merged_msg</c>.</summary>
public sealed record KfMergedMsgItem
{
    /// <summary>Send time in Unix seconds.</summary>
    [JsonPropertyName("send_time")]
    public long SendTime { get; init; }

    /// <summary>Type of the forwarded message; seen both as a name and as a number, kept as text.</summary>
    [JsonPropertyName("msgtype")]
    public string MsgType { get; init; } = string.Empty;

    /// <summary>Display name of the original sender.</summary>
    [JsonPropertyName("sender_name")]
    public string SenderName { get; init; } = string.Empty;

    /// <summary>The forwarded message's content: a JSON document in a string, shaped by <see cref="MsgType"/>.</summary>
    [JsonPropertyName("msg_content")]
    public string MsgContent { get; init; } = string.Empty;
}
