using System.Text.Json;
using System.Text.Json.Serialization;
using Kf.WeCom.Models;

namespace Kf.WeCom.Json;

/// <summary>Flattens <see cref="SendMsgOnEventRequest"/> to the wire shape, and back (for the simulator).</summary>
internal sealed class SendMsgOnEventRequestConverter : JsonConverter<SendMsgOnEventRequest>
{
    public override SendMsgOnEventRequest Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var root = JsonElement.ParseValue(ref reader);
        return new SendMsgOnEventRequest
        {
            Code = root.StringOrEmpty("code"),
            MsgId = root.TryGetProperty("msgid", out _) ? root.StringOrEmpty("msgid") : null,
            Message = OutgoingMessageJson.ReadMessage(root, options),
        };
    }

    public override void Write(Utf8JsonWriter writer, SendMsgOnEventRequest value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        writer.WriteString("code", value.Code);
        OutgoingMessageJson.WriteOptional(writer, "msgid", value.MsgId);
        OutgoingMessageJson.WriteMessage(writer, value.Message, options);
        writer.WriteEndObject();
    }
}
