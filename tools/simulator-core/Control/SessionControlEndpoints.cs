using Kf.Simulator.Sessions;

namespace Kf.Simulator.Control;

/// <summary>
/// <c>POST /sim/sessions/{external_userid}/state</c> (contract): what a servicer does in the WeCom
/// client — take over, transfer, end — with the matching <c>session_status_change</c> event.
/// <c>GET /sim/sessions</c> lists sessions for the chat page.
/// </summary>
internal static class SessionControlEndpoints
{
    public static void MapSessionControl(this IEndpointRouteBuilder sim)
    {
        sim.MapPost("/sessions/{external_userid}/state", SetState);
        sim.MapGet("/sessions", List);
    }

    private static async Task<JsonHttpResult<JsonNode>> SetState(
        string external_userid, HttpRequest request, SimulatorState state, SessionTransitions transitions)
    {
        if (await Wire.ReadObjectAsync(request) is not { } body || Wire.Long(body, "service_state") is not { } target || target is < 0 or > 4)
        {
            return ControlReply.Error(400, "body must be {\"open_kfid\", \"service_state\": 0..4, \"servicer_userid\"}");
        }

        var servicer = Wire.Str(body, "servicer_userid") ?? "";
        if (target == Session.StateServicer && servicer.Length == 0)
        {
            return ControlReply.Error(400, "service_state 3 needs servicer_userid");
        }

        lock (state.Gate)
        {
            if (ControlReply.ResolveAccount(state, Wire.Str(body, "open_kfid"), out var error) is not { } openKfId)
            {
                return error!;
            }

            var session = state.Sessions.GetOrAdd(openKfId, external_userid);
            var msgCode = transitions.Apply(session, (int)target, servicer, emitEvent: true);
            return ControlReply.Ok(new JsonObject
            {
                ["service_state"] = session.ServiceState,
                ["servicer_userid"] = session.ServicerUserId,
                ["msg_code"] = msgCode,
            });
        }
    }

    private static JsonHttpResult<JsonNode> List(SimulatorState state)
    {
        lock (state.Gate)
        {
            var list = new JsonArray();
            foreach (var s in state.Sessions.All)
            {
                list.Add(new JsonObject
                {
                    ["open_kfid"] = s.Key.OpenKfId,
                    ["external_userid"] = s.Key.ExternalUserId,
                    ["service_state"] = s.ServiceState,
                    ["servicer_userid"] = s.ServicerUserId,
                    ["last_customer_message_at"] = s.LastCustomerMessageAt is { } at ? ControlReply.Iso(at) : null,
                    ["sent_since_customer_message"] = s.SentSinceCustomerMessage,
                });
            }

            return ControlReply.Ok(list);
        }
    }
}
