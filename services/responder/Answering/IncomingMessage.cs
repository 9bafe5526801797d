using System.Text.Json;
using Kf.Contracts;
using Kf.Storage;

namespace Kf.Responder.Answering;

/// <summary>A customer message to answer: from the bus, or from the message log when caught up.</summary>
internal sealed record IncomingMessage(string MsgId, string OpenKfId, string ExternalUserId, DateTimeOffset SendTime, string MsgType, string? Text)
{
    public const string TextType = "text";

    public static IncomingMessage From(CustomerMessageReceived m) =>
        new(m.MsgId, m.OpenKfId, m.ExternalUserId, m.SendTime, m.MsgType, m.Text);

    public static IncomingMessage From(MessageLogEntry e)
    {
        string? text = null;
        if (e.MsgType == TextType)
        {
            using var raw = JsonDocument.Parse(e.RawJson);
            text = raw.RootElement.TryGetProperty("text", out var body) && body.TryGetProperty("content", out var content)
                ? content.GetString()
                : null;
        }

        return new(e.MsgId, e.OpenKfId, e.ExternalUserId!, e.SendTime, e.MsgType, text);
    }
}
