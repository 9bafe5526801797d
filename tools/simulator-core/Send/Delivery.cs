namespace Kf.Simulator.Send;

/// <summary>The steps send_msg and send_msg_on_event share. Callers hold the state gate.</summary>
internal static class Delivery
{
    public const int ErrLedgerFull = -1;

    public static bool IsValidMsgId(string msgId) =>
        msgId.Length is > 0 and <= 32 && msgId.All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '-');

    /// <summary>
    /// The checks both send calls make before their own rules: msgid and payload, an injected
    /// errcode, and a repeated msgid (answered as success, not delivered again). Null means go on.
    /// </summary>
    public static (int Code, string Message, string? MsgId)? Precheck(SimulatorState state, string? msgId, string? msgtype, JsonObject body, string api)
    {
        if (Validate(state, msgId, msgtype, body) is { } invalid)
        {
            return (invalid.Code, invalid.Message, null);
        }

        if (state.Faults.Take(Fault.SendErrcode, api) is { } fault)
        {
            return (fault.Errcode, "injected by kf-simulator fault", null);
        }

        if (msgId is not null && state.Sent.Contains(msgId))
        {
            state.Stats.DuplicateSends++;
            return (0, "ok", msgId);
        }

        return null;
    }

    private static (int Code, string Message)? Validate(SimulatorState state, string? msgId, string? msgtype, JsonObject body)
    {
        if (msgId is not null && !IsValidMsgId(msgId))
        {
            return (Wire.ErrInvalidParameter, "invalid msgid: at most 32 bytes of [0-9a-zA-Z_-]");
        }

        var payload = msgtype is null ? null : Wire.Obj(body, msgtype);
        return PayloadRules.Check(msgtype, payload, id => state.Media.Find(id, state.Now) is not null);
    }

    /// <summary>Appends to the ledger and returns the msgid used; null when the ledger is full.</summary>
    public static string? Record(SimulatorState state, SimIds ids, string? msgId, SessionKey to, string msgtype, JsonObject body, string via)
    {
        if (state.Sent.IsFull)
        {
            return null;
        }

        msgId ??= ids.SendMsgId();
        var payload = (JsonObject)body[msgtype]!.DeepClone();
        state.Sent.Add(new SentEntry(msgId, to.ExternalUserId, to.OpenKfId, msgtype, PayloadRules.ContentOf(msgtype, payload), via, state.Now, payload));
        return msgId;
    }

    /// <summary>Reads the body, decides under the state gate, counts the outcome and replies.</summary>
    public static async Task<JsonHttpResult<JsonObject>> HandleAsync(
        HttpRequest request, SimulatorState state, Func<JsonObject, (int Code, string Message, string? MsgId)> decide)
    {
        var body = await Wire.ReadObjectAsync(request);
        lock (state.Gate)
        {
            if (body is null)
            {
                return Reply(state, Wire.ErrBadJson, "data format error");
            }

            var (code, message, msgId) = decide(body);
            return Reply(state, code, message, msgId);
        }
    }

    /// <summary>Counts the outcome for <c>GET /sim/stats</c> and builds the reply.</summary>
    public static JsonHttpResult<JsonObject> Reply(SimulatorState state, int errcode, string message, string? msgId = null)
    {
        state.Stats.CountSend(errcode);
        return errcode == 0 ? WeComReply.Ok(new JsonObject { ["msgid"] = msgId }) : WeComReply.Error(errcode, message);
    }

    public const string LedgerFullMessage = "kf-simulator ledger full: POST /sim/reset";
}
