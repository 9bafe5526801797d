using System.Text.Json.Serialization;

namespace Kf.WeCom.Models.Events;

/// <summary><c>session_status_change</c>: a human servicer took, passed on, ended or re-opened a session.</summary>
public sealed record SessionStatusChangeEvent
{
    /// <summary>The 微信客服 account.</summary>
    [JsonPropertyName("open_kfid")]
    public string OpenKfId { get; init; } = string.Empty;

    /// <summary>The customer.</summary>
    [JsonPropertyName("external_userid")]
    public string ExternalUserId { get; init; } = string.Empty;

    /// <summary>What happened; values outside the enum are kept as their number.</summary>
    [JsonPropertyName("change_type")]
    public SessionChangeType ChangeType { get; init; }

    /// <summary>The servicer before the change (transfer and end).</summary>
    [JsonPropertyName("old_servicer_userid")]
    public string OldServicerUserId { get; init; } = string.Empty;

    /// <summary>The servicer after the change (pick-up and transfer).</summary>
    [JsonPropertyName("new_servicer_userid")]
    public string NewServicerUserId { get; init; } = string.Empty;

    /// <summary>Code for one send_msg_on_event message (e.g. the end-of-session message).</summary>
    [JsonPropertyName("msg_code")]
    public string? MsgCode { get; init; }
}
