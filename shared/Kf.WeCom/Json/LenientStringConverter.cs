using System.Text.Json;
using System.Text.Json.Serialization;

namespace Kf.WeCom.Json;

/// <summary>
/// Reads a string property from a string, a number or a boolean (as its JSON text), because fields
/// such as <c>scene</c>, <c>sales_price</c> or <c>merged_msg.item[].msgtype</c> are documented as
/// strings but have been seen as numbers.
/// </summary>
internal sealed class LenientStringConverter : JsonConverter<string>
{
    public override bool HandleNull => false;

    public override string? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType switch
        {
            JsonTokenType.String => reader.GetString(),
            JsonTokenType.Null => null,
            _ => JsonElement.ParseValue(ref reader).GetRawText(),
        };

    public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value);
}
