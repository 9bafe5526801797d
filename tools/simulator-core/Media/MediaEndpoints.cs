namespace Kf.Simulator.Media;

/// <summary>
/// <c>media/upload</c> (multipart field <c>media</c>) and <c>media/get</c> (bytes, or JSON on error:
/// a client must check the Content-Type), WECOM_PROTOCOL.md §8. Media lives 3 days.
/// </summary>
internal static class MediaEndpoints
{
    private static readonly Dictionary<string, long> MaxBytes = new(StringComparer.Ordinal)
    {
        ["image"] = 10L << 20,
        ["voice"] = 2L << 20,
        ["video"] = 10L << 20,
        ["file"] = 20L << 20,
    };

    public static void MapMedia(this IEndpointRouteBuilder api)
    {
        api.MapPost("/media/upload", Upload).WithApi("media/upload").DisableAntiforgery();
        api.MapGet("/media/get", Get).WithApi("media/get");
    }

    private static async Task<JsonHttpResult<JsonObject>> Upload(HttpRequest request, string? type, SimulatorState state, SimIds ids)
    {
        if (type is null || !MaxBytes.TryGetValue(type, out var max))
        {
            return WeComReply.Error(40004, "invalid media type: image|voice|video|file");
        }

        if (!request.HasFormContentType || (await request.ReadFormAsync(request.HttpContext.RequestAborted)).Files["media"] is not { } file)
        {
            return WeComReply.Error(41005, "media data missing: multipart field 'media'");
        }

        // WeCom's upload document: every file must be larger than 5 bytes.
        if (file.Length <= 5 || file.Length > max)
        {
            return WeComReply.Error(40006, $"invalid file size: {type} must be 6 bytes to {max} bytes");
        }

        using var buffer = new MemoryStream();
        await file.CopyToAsync(buffer, request.HttpContext.RequestAborted);
        var item = new MediaItem(ids.MediaId(), type, file.FileName, file.ContentType ?? "application/octet-stream", buffer.ToArray(), state.Now);
        lock (state.Gate)
        {
            if (!state.Media.TryAdd(item, state.Now))
            {
                return WeComReply.Error(-1, "kf-simulator media store full: POST /sim/reset");
            }
        }

        return WeComReply.Ok(new JsonObject
        {
            ["type"] = type,
            ["media_id"] = item.MediaId,
            ["created_at"] = item.CreatedAt.ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture),
        });
    }

    private static Results<FileContentHttpResult, JsonHttpResult<JsonObject>> Get(string? media_id, SimulatorState state)
    {
        MediaItem? item;
        lock (state.Gate)
        {
            item = state.Media.Find(media_id ?? "", state.Now);
        }

        return item is null
            ? WeComReply.Error(Send.PayloadRules.ErrInvalidMediaId, "invalid media_id")
            : TypedResults.File(item.Bytes, item.ContentType, item.FileName);
    }

    /// <summary>Registers bytes the simulator itself made up (a customer's image or voice).</summary>
    public static string AddGenerated(SimulatorState state, SimIds ids, string type)
    {
        var (name, contentType, bytes) = type == "voice"
            ? ("voice.amr", "audio/amr", "#!AMR\n"u8.ToArray())
            : ("image.png", "image/png", Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR4nGNgYPj/HwADAgH/x1pz3wAAAABJRU5ErkJggg=="));
        var item = new MediaItem(ids.MediaId(), type, name, contentType, bytes, state.Now);
        return state.Media.TryAdd(item, state.Now) ? item.MediaId : "";
    }
}
