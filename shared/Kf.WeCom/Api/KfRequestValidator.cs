using System.Text;
using Kf.WeCom.Models;
using Kf.WeCom.Models.Messages;
using Kf.WeCom.Models.Outgoing;

namespace Kf.WeCom.Api;

/// <summary>
/// Checks requests against WeCom's documented limits before anything is sent, so that a bad request
/// fails here with a clear <see cref="ArgumentException"/> instead of as an errcode after a round trip.
/// </summary>
internal static class KfRequestValidator
{
    public const int MaxTextBytes = 2048;
    public const int MaxMsgIdBytes = 32;
    public const int MaxCursorBytes = 64;
    public const int MaxSyncLimit = 1000;
    public const int MaxMenuItems = 10;

    public static void SyncMsg(SyncMsgRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        Required(request.OpenKfId, "open_kfid", nameof(request));
        if (request.Cursor is not null && Encoding.UTF8.GetByteCount(request.Cursor) > MaxCursorBytes)
        {
            throw new ArgumentException($"sync_msg cursor must be at most {MaxCursorBytes} bytes.", nameof(request));
        }

        Range(request.Limit, 1, MaxSyncLimit, "sync_msg limit", nameof(request));
    }

    public static void SendMsg(SendMsgRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        Required(request.ToUser, "touser", nameof(request));
        Required(request.OpenKfId, "open_kfid", nameof(request));
        MsgId(request.MsgId, nameof(request));
        Message(request.Message, nameof(request));
    }

    public static void SendMsgOnEvent(SendMsgOnEventRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        Required(request.Code, "code", nameof(request));
        MsgId(request.MsgId, nameof(request));
        ArgumentNullException.ThrowIfNull(request.Message, nameof(request));
        if (request.Message.MsgType is not (KfMessageTypes.Text or KfMessageTypes.MsgMenu))
        {
            throw new ArgumentException(
                $"send_msg_on_event accepts only text and msgmenu, not '{request.Message.MsgType}'.", nameof(request));
        }

        Message(request.Message, nameof(request));
    }

    public static void Required(string? value, string field, string paramName)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            throw new ArgumentException($"{field} is required.", paramName);
        }
    }

    public static void Range(int? value, int min, int max, string field, string paramName)
    {
        if (value is { } number && (number < min || number > max))
        {
            throw new ArgumentException($"{field} must be between {min} and {max} (got {number}).", paramName);
        }
    }

    // Ids: 1–32 bytes of [0-9a-zA-Z_-]. Inbound msgids are longer, so passing one through fails here.
    public static void MsgId(string? msgId, string paramName) =>
        IdCharacters(msgId, MaxMsgIdBytes, "send msgid", paramName);

    public static void IdCharacters(string? value, int maxBytes, string field, string paramName)
    {
        if (value is null)
        {
            return;
        }

        if (value.Length == 0 || value.Length > maxBytes || !value.All(IsIdChar))
        {
            throw new ArgumentException(
                $"{field} must be 1 to {maxBytes} characters of [0-9a-zA-Z_-] (got {value.Length} characters).", paramName);
        }
    }

    private static void Message(KfOutgoingMessage message, string paramName)
    {
        ArgumentNullException.ThrowIfNull(message, paramName);
        if (message.TextContent is { } text)
        {
            Required(text.Content, "text.content", paramName);
            var bytes = Encoding.UTF8.GetByteCount(text.Content);
            if (bytes > MaxTextBytes)
            {
                throw new ArgumentException(
                    $"text.content must be at most {MaxTextBytes} UTF-8 bytes (got {bytes}); split it with Utf8TextSplitter.", paramName);
            }
        }

        if (message.Payload is KfMsgMenuContent menu && menu.List.Count > MaxMenuItems)
        {
            throw new ArgumentException($"msgmenu.list must have at most {MaxMenuItems} items (got {menu.List.Count}).", paramName);
        }
    }

    private static bool IsIdChar(char c) => char.IsAsciiLetterOrDigit(c) || c is '_' or '-';
}
