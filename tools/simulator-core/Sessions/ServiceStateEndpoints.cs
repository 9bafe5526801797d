namespace Kf.Simulator.Sessions;

/// <summary>
/// <c>kf/service_state/get</c> and <c>kf/service_state/trans</c> (WECOM_PROTOCOL.md §6).
/// Allowed API changes: 0 → 1|2|3|4, 1 → 2|3|4, 2 → 3|4, 3 → 3 (another servicer)|4; from 4 → 95013;
/// any other → 95016; to 3 needs a servicer whose status is serving, else 95014.
/// </summary>
internal static class ServiceStateEndpoints
{
    public static void MapServiceState(this IEndpointRouteBuilder api)
    {
        api.MapPost("/kf/service_state/get", Get).WithApi("service_state/get");
        api.MapPost("/kf/service_state/trans", Trans).WithApi("service_state/trans");
    }

    private static async Task<JsonHttpResult<JsonObject>> Get(HttpRequest request, SimulatorState state)
    {
        if (await Wire.ReadObjectAsync(request) is not { } body)
        {
            return WeComReply.Error(Wire.ErrBadJson, "data format error");
        }

        lock (state.Gate)
        {
            if (Find(state, body, out var error) is not { } session)
            {
                return error!;
            }

            return WeComReply.Ok(new JsonObject { ["service_state"] = session.ServiceState, ["servicer_userid"] = session.ServicerUserId });
        }
    }

    private static async Task<JsonHttpResult<JsonObject>> Trans(HttpRequest request, SimulatorState state, SessionTransitions transitions)
    {
        if (await Wire.ReadObjectAsync(request) is not { } body)
        {
            return WeComReply.Error(Wire.ErrBadJson, "data format error");
        }

        var target = (int)(Wire.Long(body, "service_state") ?? -1);
        var servicer = Wire.Str(body, "servicer_userid") ?? "";
        lock (state.Gate)
        {
            if (Find(state, body, out var error) is not { } session)
            {
                return error!;
            }

            if (session.ServiceState == Session.StateEnded)
            {
                return WeComReply.Error(95013, "conversation ended");
            }

            if (!IsAllowed(session.ServiceState, target))
            {
                return WeComReply.Error(95016, $"invalid state transition {session.ServiceState} -> {target}");
            }

            if (target == Session.StateServicer && state.Servicers.StatusOf(servicer) != ServicerTable.Serving)
            {
                return WeComReply.Error(95014, "servicer is not active");
            }

            var msgCode = transitions.Apply(session, target, servicer, emitEvent: false);
            return WeComReply.Ok(msgCode is null ? null : new JsonObject { ["msg_code"] = msgCode });
        }
    }

    private static bool IsAllowed(int from, int to) => (from, to) switch
    {
        (Session.StateNew, >= 1 and <= 4) => true,
        (Session.StateBot, >= 2 and <= 4) => true,
        (Session.StateQueued, 3 or 4) => true,
        (Session.StateServicer, 3 or 4) => true,
        _ => false,
    };

    private static Session? Find(SimulatorState state, JsonObject body, out JsonHttpResult<JsonObject>? error)
    {
        var openKfId = Wire.Str(body, "open_kfid");
        error = null;
        if (!state.IsAccount(openKfId))
        {
            error = WeComReply.Error(95000, "invalid open_kfid");
            return null;
        }

        var session = state.Sessions.Find(openKfId!, Wire.Str(body, "external_userid") ?? "");
        if (session is null)
        {
            error = WeComReply.Error(40096, "invalid external userid");
        }

        return session;
    }
}
