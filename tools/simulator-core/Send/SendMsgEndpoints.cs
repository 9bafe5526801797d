namespace Kf.Simulator.Send;

/// <summary>
/// <c>kf/send_msg</c> with the rules of WECOM_PROTOCOL.md §4, checked in this order: account,
/// customer, msgid, payload, injected errcode, duplicate msgid (answered as success and not
/// delivered again), session state, 48 h window, 5-per-customer-message quota, rate ceiling.
/// </summary>
internal static class SendMsgEndpoints
{
    public const int MaxPerCustomerMessage = 5;
    public static readonly TimeSpan Window = TimeSpan.FromHours(48);

    public static void MapSendMsg(this IEndpointRouteBuilder api) =>
        api.MapPost("/kf/send_msg", SendMsg).WithApi("send_msg");

    private static Task<JsonHttpResult<JsonObject>> SendMsg(HttpRequest request, SimulatorState state, SimIds ids) =>
        Delivery.HandleAsync(request, state, body => Decide(state, ids, body));

    private static (int Code, string Message, string? MsgId) Decide(SimulatorState state, SimIds ids, JsonObject body)
    {
        var openKfId = Wire.Str(body, "open_kfid");
        var toUser = Wire.Str(body, "touser");
        var msgId = Wire.Str(body, "msgid");
        var msgtype = Wire.Str(body, "msgtype");
        if (!state.IsAccount(openKfId))
        {
            return (95000, "invalid open_kfid", null);
        }

        if (string.IsNullOrEmpty(toUser))
        {
            return (40096, "invalid external userid", null);
        }

        if (Delivery.Precheck(state, msgId, msgtype, body, "send_msg") is { } early)
        {
            return early;
        }

        var session = state.Sessions.Find(openKfId!, toUser);
        var now = state.Now;
        if (session is { ServiceState: Session.StateQueued or Session.StateServicer or Session.StateEnded })
        {
            return (95018, $"invalid service state {session.ServiceState}: the API may send only in states 0 and 1", null);
        }

        if (session?.LastCustomerMessageAt is not { } last || now - last > Window)
        {
            return (95002, "the customer has not written in the last 48 hours", null);
        }

        if (session.SentSinceCustomerMessage >= MaxPerCustomerMessage)
        {
            return (95001, "send msg count limit: 5 messages per customer message", null);
        }

        var ceiling = state.Options.SendPerSecondPerAccount;
        if (ceiling > 0 && !state.SendPerAccount.TryAcquire(openKfId!, ceiling, now))
        {
            return (95001, "send msg count limit: account rate ceiling", null);
        }

        var recorded = Delivery.Record(state, ids, msgId, session.Key, msgtype!, body, SentEntry.ViaSendMsg);
        if (recorded is null)
        {
            return (Delivery.ErrLedgerFull, Delivery.LedgerFullMessage, null);
        }

        session.SentSinceCustomerMessage++;
        return (0, "ok", recorded);
    }
}
