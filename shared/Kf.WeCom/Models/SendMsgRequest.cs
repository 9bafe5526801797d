using System.Text.Json.Serialization;
using Kf.WeCom.Json;
using Kf.WeCom.Models.Outgoing;

namespace Kf.WeCom.Models;

/// <summary>
/// Body of <c>kf/send_msg</c>: <c>{touser, open_kfid, msgid?, msgtype, &lt;msgtype&gt;: {…}}</c>.
/// </summary>
[JsonConverter(typeof(SendMsgRequestConverter))]
public sealed record SendMsgRequest
{
    /// <summary>The customer's external_userid.</summary>
    public required string ToUser { get; init; }

    /// <summary>The 微信客服 account that sends.</summary>
    public required string OpenKfId { get; init; }

    /// <summary>
    /// Optional id, at most 32 bytes of <c>[0-9a-zA-Z_-]</c>, unique per account: derive it
    /// deterministically (e.g. a hash of the inbound msgid and part number). Reuse gives 40058.
    /// </summary>
    public string? MsgId { get; init; }

    /// <summary>The content.</summary>
    public required KfOutgoingMessage Message { get; init; }
}
