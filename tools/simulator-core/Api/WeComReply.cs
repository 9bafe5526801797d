namespace Kf.Simulator.Api;

/// <summary>
/// WeCom answers errors with HTTP 200 and an <c>errcode</c>: clients must branch on the code, so
/// the simulator does exactly the same.
/// </summary>
internal static class WeComReply
{
    public static JsonHttpResult<JsonObject> Ok(JsonObject? body = null)
    {
        var reply = new JsonObject { ["errcode"] = 0, ["errmsg"] = "ok" };
        foreach (var (key, value) in body ?? [])
        {
            reply[key] = value?.DeepClone();
        }

        return TypedResults.Json(reply);
    }

    public static JsonHttpResult<JsonObject> Error(int errcode, string errmsg) =>
        TypedResults.Json(new JsonObject { ["errcode"] = errcode, ["errmsg"] = $"{errmsg}, hint: [kf-simulator]" });
}
