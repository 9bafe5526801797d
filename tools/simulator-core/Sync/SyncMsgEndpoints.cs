namespace Kf.Simulator.Sync;

/// <summary>
/// <c>kf/sync_msg</c> (WECOM_PROTOCOL.md §3): messages after the cursor, within 3 days, at most
/// <c>limit</c> (≤ 1000); a callback Token lifts the rate limit and is valid 10 minutes (then 95007).
/// </summary>
internal static class SyncMsgEndpoints
{
    public const int MaxLimit = 1000;

    public static void MapSyncMsg(this IEndpointRouteBuilder api) =>
        api.MapPost("/kf/sync_msg", SyncMsg).WithApi("sync_msg");

    private static async Task<JsonHttpResult<JsonObject>> SyncMsg(HttpRequest request, SimulatorState state)
    {
        if (await Wire.ReadObjectAsync(request) is not { } body)
        {
            return WeComReply.Error(Wire.ErrBadJson, "data format error");
        }

        var openKfId = Wire.Str(body, "open_kfid");
        var token = Wire.Str(body, "token");
        var cursor = Wire.Str(body, "cursor");
        var limit = Wire.Long(body, "limit") ?? 0;
        var voiceFormat = Wire.Long(body, "voice_format") ?? 0;
        long after = 0;
        if (!string.IsNullOrEmpty(openKfId) && !state.IsAccount(openKfId))
        {
            return WeComReply.Error(95000, "invalid open_kfid");
        }

        if (limit is < 0 or > MaxLimit || voiceFormat is not (0 or 1))
        {
            return WeComReply.Error(Wire.ErrInvalidParameter, $"invalid limit or voice_format: limit must be 1..{MaxLimit}, voice_format 0 or 1");
        }

        if (!string.IsNullOrEmpty(cursor) && !CursorCodec.TryDecode(cursor, out after))
        {
            return WeComReply.Error(Wire.ErrInvalidParameter, "invalid cursor");
        }

        lock (state.Gate)
        {
            var now = state.Now;
            if (!string.IsNullOrEmpty(token))
            {
                if (!state.SyncTokens.IsValid(token, openKfId, now))
                {
                    return WeComReply.Error(95007, "invalid msg token");
                }
            }
            else if (!state.SyncWithoutToken.TryAcquire(openKfId ?? "", state.Options.SyncWithoutTokenPerMinute, now))
            {
                return WeComReply.Error(45009, "api freq out of limit: sync_msg without token");
            }

            return WeComReply.Ok(Page(state, openKfId, after, limit == 0 ? MaxLimit : (int)limit, now));
        }
    }

    private static JsonObject Page(SimulatorState state, string? openKfId, long after, int limit, DateTimeOffset now)
    {
        var messages = state.Messages.All;
        var oldest = now - MessageLog.Retention;
        var list = new JsonArray();
        var last = Math.Max(after, 0);
        var hasMore = false;
        for (var i = state.Messages.IndexAfter(after); i < messages.Count; i++)
        {
            var m = messages[i];
            if (m.SendTime < oldest || (!string.IsNullOrEmpty(openKfId) && m.OpenKfId != openKfId))
            {
                continue;
            }

            if (list.Count == limit)
            {
                hasMore = true;
                break;
            }

            list.Add(m.ToWire());
            last = m.Seq;
        }

        return new JsonObject
        {
            ["next_cursor"] = CursorCodec.Encode(last),
            ["has_more"] = hasMore ? 1 : 0,
            ["msg_list"] = list,
        };
    }
}
