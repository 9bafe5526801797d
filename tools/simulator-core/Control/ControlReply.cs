namespace Kf.Simulator.Control;

/// <summary>Control API answers: JSON bodies, errors as <c>{"error": "..."}</c> with a 4xx/5xx status.</summary>
internal static class ControlReply
{
    public static JsonHttpResult<JsonNode> Ok(JsonNode body) => TypedResults.Json(body);

    public static JsonHttpResult<JsonNode> Error(int status, string message) =>
        TypedResults.Json<JsonNode>(new JsonObject { ["error"] = message }, statusCode: status);

    /// <summary>507: the in-memory bound was reached; the message says how to recover.</summary>
    public static JsonHttpResult<JsonNode> Full(SimulatorState state) =>
        Error(StatusCodes.Status507InsufficientStorage, $"kf-simulator store full ({state.Options.MaxStoredItems} items, Simulator:MaxStoredItems): POST /sim/reset");

    /// <summary>The account named, or the only one when none is named; null and an error otherwise.</summary>
    public static string? ResolveAccount(SimulatorState state, string? openKfId, out JsonHttpResult<JsonNode>? error)
    {
        error = null;
        if (string.IsNullOrEmpty(openKfId))
        {
            if (state.OpenKfIds.Count == 1)
            {
                return state.OpenKfIds[0];
            }

            error = Error(400, $"open_kfid is required: {state.OpenKfIds.Count} accounts are configured");
            return null;
        }

        if (!state.IsAccount(openKfId))
        {
            error = Error(400, $"unknown open_kfid '{openKfId}'");
            return null;
        }

        return openKfId;
    }

    public static string Iso(DateTimeOffset at) => at.ToString("O", System.Globalization.CultureInfo.InvariantCulture);
}
