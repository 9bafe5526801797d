using System.Text.Json.Nodes;
using Kf.Simulator.Api;
using Kf.Simulator.State;

namespace Kf.Simulator.Send;

/// <summary>The steps send_msg and send_msg_on_event share. Callers hold the state gate.</summary>
internal static class Delivery
{
    public const int ErrLedgerFull = -1;

    public static bool IsValidMsgId(string msgId) =>
        msgId.Length is > 0 and <= 32 && msgId.All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '-');

    /// <summary>Checks msgid syntax and payload; returns an error or null.</summary>
    public static (int Code, string Message)? Validate(SimulatorState state, string? msgId, string? msgtype, JsonObject body)
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

    /// <summary>Counts the outcome for <c>GET /sim/stats</c> and builds the reply.</summary>
    public static Microsoft.AspNetCore.Http.HttpResults.JsonHttpResult<JsonObject> Reply(SimulatorState state, int errcode, string message, string? msgId = null)
    {
        state.Stats.CountSend(errcode);
        return errcode == 0 ? WeComReply.Ok(new JsonObject { ["msgid"] = msgId }) : WeComReply.Error(errcode, message);
    }

    public const string LedgerFullMessage = "kf-simulator ledger full: POST /sim/reset";
}
