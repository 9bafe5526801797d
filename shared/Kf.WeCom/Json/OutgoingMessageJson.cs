using System.Text.Json;
using Kf.WeCom.Models.Outgoing;

namespace Kf.WeCom.Json;

/// <summary>Writes and reads the <c>msgtype</c> + payload pair that send_msg and send_msg_on_event share.</summary>
internal static class OutgoingMessageJson
{
    public static void WriteOptional(Utf8JsonWriter writer, string name, string? value)
    {
        if (value is not null)
        {
            writer.WriteString(name, value);
        }
    }

    public static void WriteMessage(Utf8JsonWriter writer, KfOutgoingMessage message, JsonSerializerOptions options)
    {
        writer.WriteString("msgtype", message.MsgType);
        writer.WritePropertyName(message.MsgType);
        JsonSerializer.Serialize(writer, message.Payload, message.Payload.GetType(), options);
    }

    public static KfOutgoingMessage ReadMessage(JsonElement root, JsonSerializerOptions options)
    {
        var msgType = root.StringOrEmpty("msgtype");
        if (msgType.Length == 0 || !root.TryGetProperty(msgType, out var payload))
        {
            throw new JsonException($"The body has no payload for msgtype '{msgType}'.");
        }

        return KfOutgoingMessage.FromJson(msgType, payload, options);
    }
}
