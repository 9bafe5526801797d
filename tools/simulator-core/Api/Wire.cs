using System.Text.Json;

namespace Kf.Simulator.Api;

/// <summary>
/// Reads request bodies as JSON nodes: the simulator has its own wire handling, independent of the
/// Kf.WeCom client's models, so the contract tests prove both follow the documented format.
/// </summary>
internal static class Wire
{
    public const int MaxBodyBytes = 1024 * 1024;

    public const int ErrBadJson = 47001;
    public const int ErrInvalidParameter = 40058;

    /// <summary>The body as a JSON object, or null when it is not one (the caller answers 47001).</summary>
    public static Task<JsonObject?> ReadObjectAsync(HttpRequest request) => ReadAsync(request, emptyIsObject: false);

    /// <summary>As <see cref="ReadObjectAsync"/>, but an empty body reads as <c>{}</c> (calls whose fields are all optional).</summary>
    public static Task<JsonObject?> ReadOptionalObjectAsync(HttpRequest request) => ReadAsync(request, emptyIsObject: true);

    private static async Task<JsonObject?> ReadAsync(HttpRequest request, bool emptyIsObject)
    {
        if (request.ContentLength > MaxBodyBytes)
        {
            return null;
        }

        try
        {
            using var buffer = new MemoryStream();
            await request.Body.CopyToAsync(buffer, request.HttpContext.RequestAborted);
            return buffer.Length switch
            {
                0 => emptyIsObject ? [] : null,
                > MaxBodyBytes => null,
                _ => JsonNode.Parse(buffer.ToArray()) as JsonObject,
            };
        }
        catch (JsonException)
        {
            return null;
        }
    }

    public static string? Str(JsonObject o, string name) =>
        o[name] is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;

    /// <summary>An integer given as a JSON number or a numeric string; null when absent or not a number.</summary>
    public static long? Long(JsonObject o, string name) => o[name] switch
    {
        JsonValue v when v.TryGetValue<long>(out var l) => l,
        JsonValue v when v.TryGetValue<double>(out var d) && d == Math.Floor(d) => (long)d,
        JsonValue v when v.TryGetValue<string>(out var s) && long.TryParse(s, out var p) => p,
        _ => null,
    };

    public static JsonObject? Obj(JsonObject o, string name) => o[name] as JsonObject;

    public static int Utf8Length(string? s) => s is null ? 0 : System.Text.Encoding.UTF8.GetByteCount(s);
}
