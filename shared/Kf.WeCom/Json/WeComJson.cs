using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Kf.WeCom.Json;

/// <summary>
/// The serializer settings of the wire format. Use them when (de)serializing the models outside the
/// client too (the simulator, the bus), so that the same leniency applies everywhere.
/// </summary>
public static class WeComJson
{
    /// <summary>Read-only options: nulls omitted on write, numbers and strings read leniently.</summary>
    public static JsonSerializerOptions Options { get; } = Create();

    private static JsonSerializerOptions Create()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.General)
        {
            // Optional request fields (msgid, cursor, menu_id…) must be absent rather than null.
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            // WeCom is loose with types ("created_at": "1380000000"); a type slip in one field
            // must not lose a whole sync_msg batch.
            NumberHandling = JsonNumberHandling.AllowReadingFromString,
            // The bodies go to an API, not into HTML: keep Chinese readable and bodies small.
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            Converters = { new LenientStringConverter() },
        };
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
