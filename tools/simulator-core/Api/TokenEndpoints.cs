namespace Kf.Simulator.Api;

internal static class TokenEndpoints
{
    public static void MapToken(this IEndpointRouteBuilder api) =>
        api.MapGet("/gettoken", GetToken).WithApi("gettoken", requiresToken: false);

    private static JsonHttpResult<JsonObject> GetToken(string? corpid, string? corpsecret, SimulatorState state, SimIds ids)
    {
        if (corpid != state.Options.CorpId)
        {
            return WeComReply.Error(40013, "invalid corpid");
        }

        if (corpsecret != state.Options.Secret)
        {
            return WeComReply.Error(40001, "invalid credential");
        }

        var token = ids.AccessToken();
        lock (state.Gate)
        {
            state.AccessTokens.Issue(token, state.Now.AddSeconds(state.Options.AccessTokenSeconds));
        }

        return WeComReply.Ok(new JsonObject { ["access_token"] = token, ["expires_in"] = state.Options.AccessTokenSeconds });
    }
}
