using System.Text.Json.Nodes;
using Kf.Simulator.Api;
using Kf.Simulator.State;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

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

    private static async Task<JsonHttpResult<JsonObject>> SendOnEvent(HttpRequest request, SimulatorState state, SimIds ids)
    {
        var body = await Wire.ReadObjectAsync(request);
        lock (state.Gate)
        {
            if (body is null)
            {
                return Delivery.Reply(state, Wire.ErrBadJson, "data format error");
            }

            var (code, message, msgId) = Decide(state, ids, body);
            return Delivery.Reply(state, code, message, msgId);
        }
    }

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

        if (Delivery.Validate(state, msgId, msgtype, body) is { } invalid)
        {
            return (invalid.Code, invalid.Message, null);
        }

        if (state.Faults.Take(Fault.SendErrcode, "send_msg_on_event") is { } fault)
        {
            return (fault.Errcode, "injected by kf-simulator fault", null);
        }

        if (msgId is not null && state.Sent.Contains(msgId))
        {
            state.Stats.DuplicateSends++;
            return (0, "ok", msgId);
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
