using System.Text.Json.Serialization;

namespace Kf.WeCom.Models.Events;

/// <summary><c>reject_customer_msg_switch_change</c>: a servicer started or stopped rejecting a customer's messages.</summary>
public sealed record RejectCustomerMsgSwitchChangeEvent
{
    /// <summary>The 微信客服 account.</summary>
    [JsonPropertyName("open_kfid")]
    public string OpenKfId { get; init; } = string.Empty;

    /// <summary>The customer.</summary>
    [JsonPropertyName("external_userid")]
    public string ExternalUserId { get; init; } = string.Empty;

    /// <summary>The servicer.</summary>
    [JsonPropertyName("servicer_userid")]
    public string ServicerUserId { get; init; } = string.Empty;

    /// <summary>1 rejecting, 0 no longer rejecting.</summary>
    [JsonPropertyName("reject_switch")]
    public int RejectSwitch { get; init; }
}
