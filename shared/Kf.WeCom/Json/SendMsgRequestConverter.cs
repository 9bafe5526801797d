using System.Text.Json;
using System.Text.Json.Serialization;
using Kf.WeCom.Models;

namespace Kf.WeCom.Json;

/// <summary>Flattens <see cref="SendMsgRequest"/> to the wire shape, and back (for the simulator).</summary>
internal sealed class SendMsgRequestConverter : JsonConverter<SendMsgRequest>
{
    public override SendMsgRequest Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var root = JsonElement.ParseValue(ref reader);
        return new SendMsgRequest
        {
            ToUser = root.StringOrEmpty("touser"),
            OpenKfId = root.StringOrEmpty("open_kfid"),
            MsgId = root.TryGetProperty("msgid", out _) ? root.StringOrEmpty("msgid") : null,
            Message = OutgoingMessageJson.ReadMessage(root, options),
        };
    }

    public override void Write(Utf8JsonWriter writer, SendMsgRequest value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        writer.WriteString("touser", value.ToUser);
        writer.WriteString("open_kfid", value.OpenKfId);
        OutgoingMessageJson.WriteOptional(writer, "msgid", value.MsgId);
        OutgoingMessageJson.WriteMessage(writer, value.Message, options);
        writer.WriteEndObject();
    }
}
