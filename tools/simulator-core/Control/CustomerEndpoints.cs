namespace Kf.Simulator.Control;

/// <summary>
/// <c>POST /sim/customers/{external_userid}/messages</c> (contract) and, for the chat page,
/// <c>GET /sim/customers/{external_userid}/messages</c>: what that customer's conversation holds.
/// </summary>
internal static class CustomerEndpoints
{
    public static void MapCustomers(this IEndpointRouteBuilder sim)
    {
        sim.MapPost("/customers/{external_userid}/messages", Post);
        sim.MapGet("/customers/{external_userid}/messages", List);
    }

    private static async Task<JsonHttpResult<JsonNode>> Post(string external_userid, HttpRequest request, SimulatorState state, CustomerMessages messages)
    {
        if (await Wire.ReadObjectAsync(request) is not { } body)
        {
            return ControlReply.Error(400, "body must be a JSON object");
        }

        if (external_userid.Length is 0 or > 64)
        {
            return ControlReply.Error(400, "external_userid must be 1-64 characters");
        }

        lock (state.Gate)
        {
            if (ControlReply.ResolveAccount(state, Wire.Str(body, "open_kfid"), out var error) is not { } openKfId)
            {
                return error!;
            }

            var (message, problem) = messages.Add(new SessionKey(openKfId, external_userid), body);
            return message is not null ? ControlReply.Ok(new JsonObject { ["msgid"] = message.MsgId })
                : problem is not null ? ControlReply.Error(400, problem)
                : ControlReply.Full(state);
        }
    }

    private static JsonHttpResult<JsonNode> List(string external_userid, string? open_kfid, SimulatorState state)
    {
        lock (state.Gate)
        {
            var list = new JsonArray();
            foreach (var m in state.Messages.All.Where(m => m.ExternalUserId == external_userid && (open_kfid is null || m.OpenKfId == open_kfid)))
            {
                var wire = m.ToWire();
                wire["at"] = ControlReply.Iso(m.SendTime);
                list.Add(wire);
            }

            return ControlReply.Ok(list);
        }
    }
}
