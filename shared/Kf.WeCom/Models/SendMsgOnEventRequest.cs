using System.Text.Json.Serialization;
using Kf.WeCom.Json;
using Kf.WeCom.Models.Outgoing;

namespace Kf.WeCom.Models;

/// <summary>
/// Body of <c>kf/send_msg_on_event</c>: <c>{code, msgid?, msgtype, &lt;msgtype&gt;: {…}}</c>. Only
/// <c>text</c> and <c>msgmenu</c>; each code works once (a welcome_code for 20 s).
/// </summary>
[JsonConverter(typeof(SendMsgOnEventRequestConverter))]
public sealed record SendMsgOnEventRequest
{
    /// <summary>The event's code: <c>welcome_code</c> or <c>msg_code</c>.</summary>
    public required string Code { get; init; }

    /// <summary>Optional id with the rules of <see cref="SendMsgRequest.MsgId"/>.</summary>
    public string? MsgId { get; init; }

    /// <summary>The content: text or msgmenu.</summary>
    public required KfOutgoingMessage Message { get; init; }
}
