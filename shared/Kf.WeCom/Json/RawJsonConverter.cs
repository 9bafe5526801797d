using System.Text.Json;
using System.Text.Json.Serialization;

namespace Kf.WeCom.Json;

/// <summary>Reads a model from the raw JSON value and writes it back unchanged.</summary>
internal sealed class RawJsonConverter<T> : JsonConverter<T>
    where T : class, IRawJsonModel<T>
{
    // ParseValue copies the value out of the reader's buffer, so the element outlives the document.
    public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        T.FromJson(JsonElement.ParseValue(ref reader));

    public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options) =>
        value.Raw.WriteTo(writer);
}
