using System.Text.Json;
using Kf.Contracts;
using Kf.WeCom.Models;
using Kf.WeCom.Models.Outgoing;

namespace Kf.Sender.Sending;

/// <summary>The send_msg body of a <see cref="SendKfMessage"/>.</summary>
internal static class OutgoingMessages
{
    /// <exception cref="ArgumentException">No text for a text part, or a payload that is not a JSON object.</exception>
    public static SendMsgRequest From(SendKfMessage command)
    {
        KfOutgoingMessage message;
        if (command.MsgType == "text")
        {
            message = KfOutgoingMessage.Text(command.Text ?? throw new ArgumentException("A text part carries no Text."));
        }
        else
        {
            using var payload = JsonDocument.Parse(command.PayloadJson ?? throw new ArgumentException($"A {command.MsgType} part carries no PayloadJson."));
            if (payload.RootElement.ValueKind != JsonValueKind.Object)
            {
                throw new ArgumentException("PayloadJson must be a JSON object.");
            }

            message = KfOutgoingMessage.Raw(command.MsgType, payload.RootElement);
        }

        return new SendMsgRequest
        {
            ToUser = command.ExternalUserId,
            OpenKfId = command.OpenKfId,
            MsgId = command.SendMsgId,
            Message = message,
        };
    }
}
