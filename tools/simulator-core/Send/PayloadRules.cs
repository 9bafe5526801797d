namespace Kf.Simulator.Send;

/// <summary>
/// What send_msg accepts per msgtype (WECOM_PROTOCOL.md §4). Returns the error the real server
/// gives, or null when the payload is acceptable.
/// </summary>
internal static class PayloadRules
{
    public const int MaxTextBytes = 2048;
    public const int MaxMenuItems = 10;

    public const int ErrTextLength = 44004;
    public const int ErrInvalidMediaId = 40007;
    public const int ErrInvalidMsgType = 40008;
    public const int ErrContentTooLong = 45002;

    public static (int Code, string Message)? Check(string? msgtype, JsonObject? payload, Func<string, bool> mediaExists)
    {
        if (payload is null)
        {
            return msgtype is null ? (ErrInvalidMsgType, "invalid message type") : (Wire.ErrInvalidParameter, $"missing {msgtype} object");
        }

        return msgtype switch
        {
            "text" => Text(Wire.Str(payload, "content")),
            "image" or "voice" or "video" or "file" => mediaExists(Wire.Str(payload, "media_id") ?? "") ? null : (ErrInvalidMediaId, "invalid media_id"),
            "link" => Bounded(payload, ("title", 128), ("desc", 512), ("url", 2048)) ?? Required(payload, "url", "thumb_media_id"),
            "miniprogram" => Required(payload, "appid", "thumb_media_id", "pagepath"),
            "msgmenu" => Menu(payload),
            "location" => Required(payload, "latitude", "longitude"),
            "business_card" => Required(payload, "userid"),
            "ca_link" => Required(payload, "link_url"),
            _ => (ErrInvalidMsgType, "invalid message type"),
        };
    }

    /// <summary>The ledger's <c>content</c>: the text, or the nearest human-readable field.</summary>
    public static string? ContentOf(string msgtype, JsonObject payload) => msgtype switch
    {
        "text" => Wire.Str(payload, "content"),
        "msgmenu" => Wire.Str(payload, "head_content"),
        "link" => Wire.Str(payload, "title"),
        _ => null,
    };

    private static (int, string)? Text(string? content) => Wire.Utf8Length(content) switch
    {
        0 => (ErrTextLength, "empty content"),
        > MaxTextBytes => (ErrTextLength, $"content size out of limit: text is over {MaxTextBytes} bytes"),
        _ => null,
    };

    private static (int, string)? Menu(JsonObject payload)
    {
        var list = payload["list"] as JsonArray;
        if (list is null || list.Count is 0 or > MaxMenuItems)
        {
            return (Wire.ErrInvalidParameter, $"msgmenu.list must hold 1..{MaxMenuItems} items");
        }

        return Bounded(payload, ("head_content", 1024), ("tail_content", 1024));
    }

    private static (int, string)? Bounded(JsonObject payload, params (string Field, int MaxBytes)[] limits)
    {
        foreach (var (field, max) in limits)
        {
            if (Wire.Utf8Length(Wire.Str(payload, field)) > max)
            {
                return (ErrContentTooLong, $"{field} over {max} bytes");
            }
        }

        return null;
    }

    private static (int, string)? Required(JsonObject payload, params string[] fields)
    {
        var missing = fields.FirstOrDefault(f => payload[f] is null);
        return missing is null ? null : (Wire.ErrInvalidParameter, $"missing {missing}");
    }
}
