namespace Kf.Simulator.Accounts;

/// <summary>Accounts, servicers, customers and contact links (WECOM_PROTOCOL.md §7).</summary>
internal static class AccountEndpoints
{
    public const int MaxPage = 100;

    public static void MapAccounts(this IEndpointRouteBuilder api)
    {
        api.MapPost("/kf/account/list", AccountList).WithApi("account/list");
        api.MapGet("/kf/servicer/list", ServicerList).WithApi("servicer/list");
        api.MapPost("/kf/customer/batchget", CustomerBatchGet).WithApi("customer/batchget");
        api.MapPost("/kf/add_contact_way", AddContactWay).WithApi("add_contact_way");
    }

    private static async Task<JsonHttpResult<JsonObject>> AccountList(HttpRequest request, SimulatorState state)
    {
        // An empty body is allowed: offset 0, limit 100.
        var body = await Wire.ReadOptionalObjectAsync(request);
        var offset = body is null ? -1 : Wire.Long(body, "offset") ?? 0;
        var limit = body is null ? -1 : Wire.Long(body, "limit") ?? MaxPage;
        if (offset < 0 || limit is < 1 or > MaxPage)
        {
            return WeComReply.Error(Wire.ErrInvalidParameter, $"invalid offset or limit: limit must be 1..{MaxPage}");
        }

        var list = new JsonArray();
        foreach (var (id, i) in state.OpenKfIds.Select((id, i) => (id, i)).Skip((int)offset).Take((int)limit))
        {
            list.Add(new JsonObject { ["open_kfid"] = id, ["name"] = $"模拟客服 {i + 1}", ["avatar"] = "", ["manage_privilege"] = true });
        }

        return WeComReply.Ok(new JsonObject { ["account_list"] = list });
    }

    private static JsonHttpResult<JsonObject> ServicerList(string? open_kfid, SimulatorState state)
    {
        if (!state.IsAccount(open_kfid))
        {
            return WeComReply.Error(95000, "invalid open_kfid");
        }

        lock (state.Gate)
        {
            var list = new JsonArray();
            foreach (var id in state.Servicers.UserIds)
            {
                list.Add(new JsonObject { ["userid"] = id, ["status"] = state.Servicers.StatusOf(id) });
            }

            return WeComReply.Ok(new JsonObject { ["servicer_list"] = list });
        }
    }

    private static async Task<JsonHttpResult<JsonObject>> CustomerBatchGet(HttpRequest request, SimulatorState state)
    {
        if (await Wire.ReadObjectAsync(request) is not { } body || body["external_userid_list"] is not JsonArray ids)
        {
            return WeComReply.Error(Wire.ErrBadJson, "data format error: external_userid_list required");
        }

        if (ids.Count is 0 or > MaxPage)
        {
            return WeComReply.Error(Wire.ErrInvalidParameter, $"external_userid_list must hold 1..{MaxPage} ids");
        }

        var withContext = Wire.Long(body, "need_enter_session_context") == 1;
        var customers = new JsonArray();
        var invalid = new JsonArray();
        lock (state.Gate)
        {
            foreach (var id in ids.Select(n => n is JsonValue v && v.TryGetValue<string>(out var s) ? s : ""))
            {
                var session = state.Sessions.All.FirstOrDefault(s => s.Key.ExternalUserId == id);
                if (session is null)
                {
                    invalid.Add(id);
                    continue;
                }

                var customer = new JsonObject
                {
                    ["external_userid"] = id,
                    ["nickname"] = "客户" + id[^Math.Min(4, id.Length)..],
                    ["avatar"] = "",
                    ["gender"] = 0,
                    ["unionid"] = "",
                };
                if (withContext)
                {
                    customer["enter_session_context"] = new JsonObject { ["scene"] = session.Scene, ["scene_param"] = session.SceneParam };
                }

                customers.Add(customer);
            }
        }

        return WeComReply.Ok(new JsonObject { ["customer_list"] = customers, ["invalid_external_userid"] = invalid });
    }

    private static async Task<JsonHttpResult<JsonObject>> AddContactWay(HttpRequest request, SimulatorState state)
    {
        if (await Wire.ReadObjectAsync(request) is not { } body)
        {
            return WeComReply.Error(Wire.ErrBadJson, "data format error");
        }

        var openKfId = Wire.Str(body, "open_kfid");
        var scene = Wire.Str(body, "scene") ?? "";
        if (!state.IsAccount(openKfId))
        {
            return WeComReply.Error(95000, "invalid open_kfid");
        }

        if (scene.Length > 32 || !scene.All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '-'))
        {
            return WeComReply.Error(Wire.ErrInvalidParameter, "invalid scene: at most 32 of [0-9a-zA-Z_-]");
        }

        var url = $"https://work.weixin.qq.com/kfid/{openKfId}" + (scene.Length > 0 ? $"?enc_scene={scene}" : "");
        return WeComReply.Ok(new JsonObject { ["url"] = url });
    }
}
