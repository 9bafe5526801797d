using System.Text.Json;

namespace Kf.WeCom.Json;

/// <summary>
/// The typed view of part of a raw-backed model, deserialized on first use and kept: consumers read
/// the accessors repeatedly. A race only deserializes twice; both results are equal.
/// </summary>
internal static class LazyPayload
{
    public static T? Get<T>(ref object? cache, JsonElement element)
        where T : class
    {
        if (cache is T cached)
        {
            return cached;
        }

        if (element.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        var payload = element.Deserialize<T>(WeComJson.Options);
        cache = payload;
        return payload;
    }
}
