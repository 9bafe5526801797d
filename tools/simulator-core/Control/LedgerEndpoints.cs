namespace Kf.Simulator.Control;

/// <summary><c>GET /sim/sent</c> and <c>POST /sim/history</c> (contract), <c>GET /sim/callbacks</c> (addition).</summary>
internal static class LedgerEndpoints
{
    public const int MaxHistory = 10_000;

    public static void MapLedgers(this IEndpointRouteBuilder sim)
    {
        sim.MapGet("/sent", Sent);
        sim.MapPost("/history", History);
        sim.MapGet("/callbacks", Callbacks);
    }

    private static JsonHttpResult<JsonNode> Sent(string? external_userid, string? open_kfid, SimulatorState state)
    {
        lock (state.Gate)
        {
            var list = new JsonArray();
            foreach (var s in state.Sent.All.Where(s => (external_userid is null || s.ExternalUserId == external_userid) && (open_kfid is null || s.OpenKfId == open_kfid)))
            {
                list.Add(new JsonObject
                {
                    ["msgid"] = s.MsgId,
                    ["external_userid"] = s.ExternalUserId,
                    ["open_kfid"] = s.OpenKfId,
                    ["msgtype"] = s.MsgType,
                    ["content"] = s.Content,
                    ["via"] = s.Via,
                    ["at"] = ControlReply.Iso(s.At),
                    ["payload"] = s.Payload.DeepClone(),
                });
            }

            return ControlReply.Ok(list);
        }
    }

    private static async Task<JsonHttpResult<JsonNode>> History(HttpRequest request, SimulatorState state, Inbound.Inbox inbox)
    {
        if (await Wire.ReadObjectAsync(request) is not { } body || Wire.Str(body, "external_userid") is not { Length: > 0 } customer)
        {
            return ControlReply.Error(400, "body must be {\"open_kfid\", \"external_userid\", \"count\", \"age_hours\"}");
        }

        var count = Wire.Long(body, "count") ?? 1;
        var ageHours = Wire.Long(body, "age_hours") ?? 0;
        if (count is < 1 or > MaxHistory || ageHours < 0)
        {
            return ControlReply.Error(400, $"count must be 1..{MaxHistory} and age_hours >= 0");
        }

        lock (state.Gate)
        {
            if (ControlReply.ResolveAccount(state, Wire.Str(body, "open_kfid"), out var error) is not { } openKfId)
            {
                return error!;
            }

            var session = state.Sessions.GetOrAdd(openKfId, customer);
            var start = state.Now - TimeSpan.FromHours(ageHours);
            var ids = new JsonArray();
            for (var i = 0; i < count; i++)
            {
                // One second apart, oldest first, never in the future.
                var at = new[] { start + TimeSpan.FromSeconds(i), state.Now }.Min();
                var payload = new JsonObject { ["content"] = $"历史消息 history #{i + 1}" };
                if (inbox.Append(session.Key, StoredMessage.OriginCustomer, null, "text", payload, at, push: false) is not { } m)
                {
                    return ControlReply.Full(state);
                }

                ids.Add(m.MsgId);
                if (session.LastCustomerMessageAt is null || at > session.LastCustomerMessageAt)
                {
                    session.LastCustomerMessageAt = at;
                    session.SentSinceCustomerMessage = 0;
                }
            }

            return ControlReply.Ok(new JsonObject { ["msgids"] = ids });
        }
    }

    private static JsonHttpResult<JsonNode> Callbacks(SimulatorState state)
    {
        lock (state.Gate)
        {
            var list = new JsonArray();
            foreach (var a in state.Callbacks.All)
            {
                list.Add(new JsonObject
                {
                    ["push_id"] = a.PushId,
                    ["open_kfid"] = a.OpenKfId,
                    ["token"] = a.SyncToken,
                    ["attempt"] = a.Attempt,
                    ["outcome"] = a.Outcome,
                    ["status"] = a.Status,
                    ["error"] = a.Error,
                    ["at"] = ControlReply.Iso(a.At),
                });
            }

            return ControlReply.Ok(list);
        }
    }
}
