using Kf.Simulator.Inbound;

namespace Kf.Simulator.Sessions;

/// <summary>
/// Changes a session's state and hands out the send_msg_on_event code that comes with it
/// (WECOM_PROTOCOL.md §5): queue → 48 h text; servicer → 48 h text; ended → 20 s text|msgmenu.
/// Changes made in the "WeCom client" (the control API) also emit <c>session_status_change</c>.
/// Callers hold the state gate.
/// </summary>
internal sealed class SessionTransitions(SimulatorState state, SimIds ids, Inbox inbox)
{
    public const int ChangePickedFromQueue = 1;
    public const int ChangeTransferred = 2;
    public const int ChangeEnded = 3;
    public const int ChangeReopened = 4;

    public string IssueCode(SessionKey key, TimeSpan lifetime, string[] types)
    {
        var code = new EventCode(ids.EventCode(), key, state.Now + lifetime, types);
        state.Codes.Add(code);
        return code.Code;
    }

    /// <summary>Applies the change; returns the msg_code for it, if any.</summary>
    public string? Apply(Session session, int newState, string servicer, bool emitEvent)
    {
        var oldState = session.ServiceState;
        var oldServicer = session.ServicerUserId;
        session.ServiceState = newState;
        session.ServicerUserId = newState == Session.StateServicer ? servicer : "";
        var msgCode = newState switch
        {
            Session.StateQueued or Session.StateServicer => IssueCode(session.Key, EventCode.Long, EventCode.TextOnly),
            Session.StateEnded => IssueCode(session.Key, EventCode.Short, EventCode.TextOrMenu),
            _ => null,
        };

        int? change = (oldState, newState) switch
        {
            (Session.StateQueued, Session.StateServicer) => ChangePickedFromQueue,
            (_, Session.StateServicer) when oldState != newState || oldServicer != servicer => ChangeTransferred,
            (not Session.StateEnded, Session.StateEnded) => ChangeEnded,
            (Session.StateEnded, not Session.StateEnded) => ChangeReopened,
            _ => null,
        };

        if (emitEvent && change is { } changeType)
        {
            var fields = new JsonObject
            {
                ["change_type"] = changeType,
                ["old_servicer_userid"] = oldServicer,
                ["new_servicer_userid"] = session.ServicerUserId,
            };
            if (msgCode is not null && changeType is ChangePickedFromQueue or ChangeEnded)
            {
                fields["msg_code"] = msgCode;
            }

            inbox.Event(session.Key, "session_status_change", fields);
        }

        return msgCode;
    }
}
