using System.Text.Json.Serialization;

namespace Kf.WeCom.Models;

/// <summary>Answer of <c>kf/service_state/trans</c>.</summary>
public sealed class ServiceStateTransResponse : WeComResponse
{
    /// <summary>Code for one send_msg_on_event message (e.g. the queue notice); may be empty.</summary>
    [JsonPropertyName("msg_code")]
    public string MsgCode { get; init; } = string.Empty;
}
