using System.Text.Json;
using Kf.WeCom.Models.Messages;

namespace Kf.WeCom.Models.Outgoing;

/// <summary>
/// The content of a send_msg or send_msg_on_event call: a <c>msgtype</c> and the payload written
/// under that name. Build it with the static methods; <see cref="Raw"/> sends a type this library
/// does not model yet.
/// </summary>
public sealed class KfOutgoingMessage
{
    private KfOutgoingMessage(string msgType, object payload)
    {
        MsgType = msgType;
        Payload = payload;
    }

    /// <summary>The <c>msgtype</c>; see <see cref="KfMessageTypes"/>.</summary>
    public string MsgType { get; }

    /// <summary>The payload: one of the Kf*Content models, <see cref="KfOutgoingLink"/>, or a <see cref="JsonElement"/>.</summary>
    public object Payload { get; }

    /// <summary>The text payload when <see cref="MsgType"/> is <c>text</c>.</summary>
    public KfTextContent? TextContent => Payload as KfTextContent;

#pragma warning disable CS1591 // Each factory builds the message type it is named after.
    public static KfOutgoingMessage Text(string content) => new(KfMessageTypes.Text, new KfTextContent(content));
    public static KfOutgoingMessage Image(string mediaId) => new(KfMessageTypes.Image, new KfMediaContent(mediaId));
    public static KfOutgoingMessage Voice(string mediaId) => new(KfMessageTypes.Voice, new KfMediaContent(mediaId));
    public static KfOutgoingMessage Video(string mediaId) => new(KfMessageTypes.Video, new KfMediaContent(mediaId));
    public static KfOutgoingMessage File(string mediaId) => new(KfMessageTypes.File, new KfMediaContent(mediaId));
    public static KfOutgoingMessage Link(KfOutgoingLink link) => new(KfMessageTypes.Link, link);
    public static KfOutgoingMessage MiniProgram(KfMiniProgramContent miniProgram) => new(KfMessageTypes.MiniProgram, miniProgram);
    public static KfOutgoingMessage MsgMenu(KfMsgMenuContent menu) => new(KfMessageTypes.MsgMenu, menu);
    public static KfOutgoingMessage Location(KfLocationContent location) => new(KfMessageTypes.Location, location);
    public static KfOutgoingMessage BusinessCard(string userId) => new(KfMessageTypes.BusinessCard, new KfBusinessCardContent(userId));
    public static KfOutgoingMessage CaLink(string linkUrl) => new(KfMessageTypes.CaLink, new KfCaLinkContent(linkUrl));
#pragma warning restore CS1591

    /// <summary>A message of any type, its payload given as JSON; for types added to WeCom after this library.</summary>
    public static KfOutgoingMessage Raw(string msgType, JsonElement payload)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(msgType);
        return new(msgType, payload.Clone());
    }

    // Which model a received msgtype is read into, so a request parsed back (the simulator, tests)
    // has the same payload types as one built here. Unknown types stay JSON.
    internal static KfOutgoingMessage FromJson(string msgType, JsonElement payload, JsonSerializerOptions options)
    {
        object? typed = msgType switch
        {
            KfMessageTypes.Text => payload.Deserialize<KfTextContent>(options),
            KfMessageTypes.Image or KfMessageTypes.Voice or KfMessageTypes.Video or KfMessageTypes.File => payload.Deserialize<KfMediaContent>(options),
            KfMessageTypes.Link => payload.Deserialize<KfOutgoingLink>(options),
            KfMessageTypes.MiniProgram => payload.Deserialize<KfMiniProgramContent>(options),
            KfMessageTypes.MsgMenu => payload.Deserialize<KfMsgMenuContent>(options),
            KfMessageTypes.Location => payload.Deserialize<KfLocationContent>(options),
            KfMessageTypes.BusinessCard => payload.Deserialize<KfBusinessCardContent>(options),
            KfMessageTypes.CaLink => payload.Deserialize<KfCaLinkContent>(options),
            _ => null,
        };
        return new(msgType, typed ?? payload.Clone());
    }
}
