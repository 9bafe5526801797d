namespace Kf.Simulator.Send;

/// <summary>
/// <c>kf/send_msg_on_event</c> (WECOM_PROTOCOL.md §5): one message per code, of the code's
/// allowed types, before it expires. Unknown code → 40058; expired or already used → 95007.
/// Session state and the send_msg quota do not apply: the queue notice is sent in state 2.
/// </summary>
internal static class SendOnEventEndpoints
{
    public static void MapSendOnEvent(this IEndpointRouteBuilder api) =>
        api.MapPost("/kf/send_msg_on_event", SendOnEvent).WithApi("send_msg_on_event");

    private static Task<JsonHttpResult<JsonObject>> SendOnEvent(HttpRequest request, SimulatorState state, SimIds ids) =>
        Delivery.HandleAsync(request, state, body => Decide(state, ids, body));

    private static (int Code, string Message, string? MsgId) Decide(SimulatorState state, SimIds ids, JsonObject body)
    {
        var msgId = Wire.Str(body, "msgid");
        var msgtype = Wire.Str(body, "msgtype");
        if (state.Codes.Find(Wire.Str(body, "code") ?? "") is not { } code)
        {
            return (Wire.ErrInvalidParameter, "invalid code", null);
        }

        if (code.Used || state.Now >= code.ExpiresAt)
        {
            return (95007, "code expired or already used", null);
        }

        if (msgtype is null || !code.AllowedTypes.Contains(msgtype))
        {
            return (PayloadRules.ErrInvalidMsgType, $"msgtype must be one of {string.Join('|', code.AllowedTypes)} for this code", null);
        }

        if (Delivery.Precheck(state, msgId, msgtype, body, "send_msg_on_event") is { } early)
        {
            return early;
        }

        var recorded = Delivery.Record(state, ids, msgId, code.Session, msgtype, body, SentEntry.ViaSendMsgOnEvent);
        if (recorded is null)
        {
            return (Delivery.ErrLedgerFull, Delivery.LedgerFullMessage, null);
        }

        code.Used = true;
        return (0, "ok", recorded);
    }
}
