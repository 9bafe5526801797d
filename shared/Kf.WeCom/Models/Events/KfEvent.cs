using System.Text.Json;
using System.Text.Json.Serialization;
using Kf.WeCom.Json;

namespace Kf.WeCom.Models.Events;

/// <summary>
/// The <c>event</c> object of a sync_msg entry whose <c>msgtype</c> is <c>event</c>. The object is kept
/// in <see cref="Raw"/>; the typed accessors return null unless <see cref="EventType"/> matches, so an
/// unknown event keeps its content in <see cref="Raw"/>.
/// </summary>
[JsonConverter(typeof(RawJsonConverter<KfEvent>))]
public sealed class KfEvent : IRawJsonModel<KfEvent>
{
    private object? _details;

    private KfEvent(JsonElement raw)
    {
        Raw = raw;
        EventType = raw.StringOrEmpty("event_type");
        OpenKfId = raw.StringOrEmpty("open_kfid");
        ExternalUserId = raw.StringOrEmpty("external_userid");
        ServicerUserId = raw.StringOrEmpty("servicer_userid");
    }

    /// <summary>The event object as WeCom sent it (an independent copy).</summary>
    public JsonElement Raw { get; }

    /// <summary>The <c>event_type</c>; see <see cref="KfEventTypes"/>.</summary>
    public string EventType { get; }

    /// <summary>The 微信客服 account, when the event names one.</summary>
    public string OpenKfId { get; }

    /// <summary>The customer, when the event names one.</summary>
    public string ExternalUserId { get; }

    /// <summary>The servicer, when the event names one.</summary>
    public string ServicerUserId { get; }

#pragma warning disable CS1591 // Each accessor is the event named after it, or null.
    public EnterSessionEvent? EnterSession => Details<EnterSessionEvent>(KfEventTypes.EnterSession);
    public MsgSendFailEvent? MsgSendFail => Details<MsgSendFailEvent>(KfEventTypes.MsgSendFail);
    public ServicerStatusChangeEvent? ServicerStatusChange => Details<ServicerStatusChangeEvent>(KfEventTypes.ServicerStatusChange);
    public SessionStatusChangeEvent? SessionStatusChange => Details<SessionStatusChangeEvent>(KfEventTypes.SessionStatusChange);
    public UserRecallMsgEvent? UserRecallMsg => Details<UserRecallMsgEvent>(KfEventTypes.UserRecallMsg);
    public ServicerRecallMsgEvent? ServicerRecallMsg => Details<ServicerRecallMsgEvent>(KfEventTypes.ServicerRecallMsg);
    public RejectCustomerMsgSwitchChangeEvent? RejectCustomerMsgSwitchChange =>
        Details<RejectCustomerMsgSwitchChangeEvent>(KfEventTypes.RejectCustomerMsgSwitchChange);
#pragma warning restore CS1591

    /// <summary>Wraps an <c>event</c> object; the element is cloned, so its document may be disposed.</summary>
    public static KfEvent FromJson(JsonElement raw) => new(raw.Clone());

    private T? Details<T>(string type)
        where T : class =>
        string.Equals(EventType, type, StringComparison.Ordinal) ? LazyPayload.Get<T>(ref _details, Raw) : null;
}
