namespace Kf.Simulator.Control;

/// <summary>
/// <c>POST /sim/faults</c> and <c>DELETE /sim/faults</c> (contract). Counted faults are used up in
/// order; <c>latency</c> without a count lasts until cleared; <c>token_revoke</c> acts at once.
/// </summary>
internal static class FaultEndpoints
{
    public static void MapFaults(this IEndpointRouteBuilder sim)
    {
        sim.MapPost("/faults", Add);
        sim.MapDelete("/faults", Clear);
        sim.MapGet("/faults", List);
    }

    private static async Task<JsonHttpResult<JsonNode>> Add(HttpRequest request, SimulatorState state)
    {
        if (await Wire.ReadObjectAsync(request) is not { } body)
        {
            return ControlReply.Error(400, "body must be a JSON object with \"kind\"");
        }

        lock (state.Gate)
        {
            if (Parse(body, state.Now) is not { } fault)
            {
                return ControlReply.Error(400, $"invalid fault: kind is one of {string.Join(", ", Fault.Kinds)}; see tools/simulator/README.md for each one's fields");
            }

            if (fault.Kind == Fault.TokenRevoke)
            {
                state.AccessTokens.RevokeAll();
            }
            else
            {
                state.Faults.Add(fault);
            }

            return ControlReply.Ok(new JsonObject { ["kind"] = fault.Kind, ["active"] = state.Faults.All.Count });
        }
    }

    private static Fault? Parse(JsonObject body, DateTimeOffset now)
    {
        var kind = Wire.Str(body, "kind");
        var api = Wire.Str(body, "api");
        var count = Wire.Long(body, "count");
        if (count is < 1 or > 1_000_000 || (api is not null && !ApiNames.All.Contains(api)))
        {
            return null;
        }

        var remaining = (int?)count;
        return kind switch
        {
            Fault.SendErrcode when Wire.Long(body, "errcode") is { } e and not 0 && api is null or "send_msg" or "send_msg_on_event" =>
                new Fault { Kind = kind, Api = api ?? "send_msg", Errcode = (int)e, Remaining = remaining ?? 1 },
            Fault.TokenRevoke => new Fault { Kind = kind },
            Fault.CallbackDrop => new Fault { Kind = kind, Remaining = remaining ?? 1 },
            Fault.CallbackSuspend when Wire.Long(body, "seconds") is > 0 and <= 30 * 86_400 and var s =>
                new Fault { Kind = kind, Until = now.AddSeconds(s) },
            Fault.Latency when api is not null && Wire.Long(body, "ms") is >= 0 and <= 60_000 and var ms =>
                new Fault { Kind = kind, Api = api, Ms = (int)ms, Remaining = remaining },
            Fault.HttpStatus when api is not null && Wire.Long(body, "status") is >= 400 and <= 599 and var st =>
                new Fault { Kind = kind, Api = api, Status = (int)st, Remaining = remaining ?? 1 },
            _ => null,
        };
    }

    private static JsonHttpResult<JsonNode> Clear(SimulatorState state)
    {
        lock (state.Gate)
        {
            state.Faults.Clear();
            return ControlReply.Ok(new JsonObject { ["active"] = 0 });
        }
    }

    private static JsonHttpResult<JsonNode> List(SimulatorState state)
    {
        lock (state.Gate)
        {
            var list = new JsonArray();
            foreach (var f in state.Faults.All)
            {
                list.Add(new JsonObject
                {
                    ["kind"] = f.Kind,
                    ["api"] = f.Api,
                    ["errcode"] = f.Errcode,
                    ["status"] = f.Status,
                    ["ms"] = f.Ms,
                    ["until"] = f.Until is { } u ? ControlReply.Iso(u) : null,
                    ["remaining"] = f.Remaining,
                });
            }

            return ControlReply.Ok(list);
        }
    }
}
