namespace Kf.Simulator.Control;

/// <summary>
/// <c>GET /sim/stats</c> and <c>POST /sim/reset</c> (contract); <c>GET|POST /sim/clock</c> and
/// <c>GET /sim/info</c> (additions: jump past time windows, tell the chat page the accounts).
/// </summary>
internal static class AdminEndpoints
{
    public static void MapAdmin(this IEndpointRouteBuilder sim)
    {
        sim.MapGet("/stats", Stats);
        sim.MapPost("/reset", Reset);
        sim.MapGet("/clock", (SimulatorState state) => Clock(state));
        sim.MapPost("/clock", Advance);
        sim.MapGet("/info", Info);
    }

    private static JsonHttpResult<JsonNode> Stats(SimulatorState state)
    {
        lock (state.Gate)
        {
            var s = state.Stats;
            return ControlReply.Ok(new JsonObject
            {
                ["callbacks"] = new JsonObject
                {
                    ["pushed"] = s.CallbacksPushed,
                    ["attempts"] = s.CallbackAttempts,
                    ["delivered"] = s.CallbacksDelivered,
                    ["failed"] = s.CallbacksFailed,
                    ["dropped"] = s.CallbacksDropped,
                    ["suspended"] = s.CallbacksSuspended,
                },
                ["api_calls"] = Counts(s.ApiCalls),
                ["sends_by_errcode"] = Counts(s.SendsByErrcode),
                ["duplicate_sends"] = s.DuplicateSends,
                ["stored_messages"] = state.Messages.All.Count,
                ["sent_messages"] = state.Sent.All.Count,
            });
        }
    }

    private static JsonObject Counts(Dictionary<string, long> counts) =>
        new(counts.OrderBy(c => c.Key, StringComparer.Ordinal).Select(c => KeyValuePair.Create(c.Key, (JsonNode?)c.Value)));

    private static JsonHttpResult<JsonNode> Reset(SimulatorState state)
    {
        state.Reset();
        return ControlReply.Ok(new JsonObject { ["reset"] = true });
    }

    private static async Task<JsonHttpResult<JsonNode>> Advance(HttpRequest request, SimulatorState state)
    {
        if (await Wire.ReadObjectAsync(request) is not { } body || Wire.Long(body, "advance_seconds") is not { } seconds || seconds is < 0 or > 365L * 86_400)
        {
            return ControlReply.Error(400, "body must be {\"advance_seconds\": 0..31536000}");
        }

        state.Clock.Advance(TimeSpan.FromSeconds(seconds));
        return Clock(state);
    }

    private static JsonHttpResult<JsonNode> Clock(SimulatorState state) =>
        ControlReply.Ok(new JsonObject { ["now"] = ControlReply.Iso(state.Now), ["offset_seconds"] = (long)state.Clock.Offset.TotalSeconds });

    private static JsonHttpResult<JsonNode> Info(SimulatorState state) => ControlReply.Ok(new JsonObject
    {
        ["corp_id"] = state.Options.CorpId,
        ["open_kfids"] = new JsonArray(state.OpenKfIds.Select(id => (JsonNode?)id).ToArray()),
        ["servicers"] = new JsonArray(state.Servicers.UserIds.Select(id => (JsonNode?)id).ToArray()),
        ["callback_url"] = state.Options.CallbackUrl,
        ["now"] = ControlReply.Iso(state.Now),
    });
}
