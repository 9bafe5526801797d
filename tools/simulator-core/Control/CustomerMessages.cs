using Kf.Simulator.Inbound;
using Kf.Simulator.Media;
using Kf.Simulator.Send;

namespace Kf.Simulator.Control;

/// <summary>
/// Turns a control-API message into what sync_msg will return and applies its effect on the session:
/// a customer message (origin 3) opens the 48 h window, resets the 5-message quota and reopens an
/// ended session; <c>enter_session</c> carries a 20 s <c>welcome_code</c> when the customer had no
/// message or welcome in 48 h. Callers hold the state gate.
/// </summary>
internal sealed class CustomerMessages(SimulatorState state, SimIds ids, Inbox inbox, Sessions.SessionTransitions transitions)
{
    private static readonly string[] ControlFields = ["msgtype", "open_kfid", "event", "origin"];

    /// <summary>Stores the message; returns it, or an error text (null message and null error means the store is full).</summary>
    public (StoredMessage? Message, string? Error) Add(SessionKey key, JsonObject body)
    {
        var msgtype = Wire.Str(body, "msgtype") ?? "text";
        var session = state.Sessions.GetOrAdd(key.OpenKfId, key.ExternalUserId);
        if (msgtype == "event")
        {
            return AddEvent(session, body);
        }

        var origin = (int)(Wire.Long(body, "origin") ?? StoredMessage.OriginCustomer);
        if (origin is not (StoredMessage.OriginCustomer or StoredMessage.OriginServicer))
        {
            return (null, "origin must be 3 (customer) or 5 (servicer); events use msgtype \"event\"");
        }

        if (Payload(msgtype, body) is not { } payload)
        {
            return (null, $"\"{msgtype}\" must be an object (or a string for text)");
        }

        var servicer = origin == StoredMessage.OriginServicer ? Wire.Str(body, "servicer_userid") ?? session.ServicerUserId : null;
        if (origin == StoredMessage.OriginCustomer)
        {
            if (session.ServiceState == Session.StateEnded)
            {
                transitions.Apply(session, Session.StateNew, "", emitEvent: false);
            }

            session.LastCustomerMessageAt = state.Now;
            session.SentSinceCustomerMessage = 0;
        }

        return (inbox.Append(key, origin, servicer, msgtype, payload, state.Now, push: true), null);
    }

    private JsonObject? Payload(string msgtype, JsonObject body) => (msgtype, body[msgtype]) switch
    {
        ("text", JsonValue v) when v.TryGetValue<string>(out var text) => new JsonObject { ["content"] = text },
        ("image" or "voice" or "video" or "file", null) => new JsonObject { ["media_id"] = MediaEndpoints.AddGenerated(state, ids, msgtype) },
        ("image" or "voice" or "video" or "file", JsonValue v) when v.TryGetValue<string>(out var mediaId) => new JsonObject { ["media_id"] = mediaId },
        (_, JsonObject o) => (JsonObject)o.DeepClone(),
        _ => null,
    };

    private (StoredMessage?, string?) AddEvent(Session session, JsonObject body)
    {
        var eventType = Wire.Str(body, "event");
        if (string.IsNullOrEmpty(eventType))
        {
            return (null, "msgtype \"event\" needs \"event\" (enter_session, msg_send_fail, user_recall_msg, servicer_status_change, …)");
        }

        var fields = new JsonObject();
        foreach (var (name, value) in body.Where(p => !ControlFields.Contains(p.Key)))
        {
            fields[name] = value?.DeepClone();
        }

        if (eventType == "enter_session")
        {
            EnterSession(session, fields);
        }
        else if (eventType == "servicer_status_change" && Wire.Str(fields, "servicer_userid") is { } servicer)
        {
            // 1 = now serving, 2 = stopped; servicer/list reports 0 serving, 1 stopped.
            state.Servicers.Set(servicer, Wire.Long(fields, "status") == 2 ? ServicerTable.Stopped : ServicerTable.Serving);
        }

        return (inbox.Event(session.Key, eventType, fields), null);
    }

    private void EnterSession(Session session, JsonObject fields)
    {
        var now = state.Now;
        session.Scene = Wire.Str(fields, "scene") ?? "";
        session.SceneParam = Wire.Str(fields, "scene_param") ?? "";
        fields["scene"] = session.Scene;
        fields["scene_param"] = session.SceneParam;
        var quiet = session.LastCustomerMessageAt is null || now - session.LastCustomerMessageAt > SendMsgEndpoints.Window;
        var noWelcome = session.LastWelcomeAt is null || now - session.LastWelcomeAt > SendMsgEndpoints.Window;
        if (quiet && noWelcome)
        {
            session.LastWelcomeAt = now;
            fields["welcome_code"] = transitions.IssueCode(session.Key, EventCode.Short, EventCode.TextOrMenu);
        }
    }
}
