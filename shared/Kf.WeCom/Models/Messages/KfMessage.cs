using System.Text.Json;
using System.Text.Json.Serialization;
using Kf.WeCom.Json;
using Kf.WeCom.Models.Events;

namespace Kf.WeCom.Models.Messages;

/// <summary>
/// One entry of sync_msg's <c>msg_list</c>. The whole JSON object is kept in <see cref="Raw"/> and
/// written back unchanged on serialization; the typed payload accessors return null unless
/// <see cref="MsgType"/> matches, so a message of an unknown type keeps its content in <see cref="Raw"/>.
/// </summary>
[JsonConverter(typeof(RawJsonConverter<KfMessage>))]
public sealed class KfMessage : IRawJsonModel<KfMessage>
{
    private object? _payload;

    private KfMessage(JsonElement raw)
    {
        Raw = raw;
        MsgId = raw.StringOrEmpty("msgid");
        OpenKfId = raw.StringOrEmpty("open_kfid");
        ExternalUserId = raw.StringOrEmpty("external_userid");
        ServicerUserId = raw.StringOrEmpty("servicer_userid");
        MsgType = raw.StringOrEmpty("msgtype");
        SendTime = raw.Int64OrZero("send_time");
        Origin = (MessageOrigin)raw.Int64OrZero("origin");
    }

    /// <summary>The message as WeCom sent it (an independent copy).</summary>
    public JsonElement Raw { get; }

    /// <summary>Message id; the key for deduplication.</summary>
    public string MsgId { get; }

    /// <summary>The 微信客服 account; empty on events (see <see cref="KfEvent.OpenKfId"/>).</summary>
    public string OpenKfId { get; }

    /// <summary>The customer; empty on events (see <see cref="KfEvent.ExternalUserId"/>).</summary>
    public string ExternalUserId { get; }

    /// <summary>The servicer who sent it, when <see cref="Origin"/> is <see cref="MessageOrigin.Servicer"/>.</summary>
    public string ServicerUserId { get; }

    /// <summary>The <c>msgtype</c>; see <see cref="KfMessageTypes"/>. Unknown values are kept as they are.</summary>
    public string MsgType { get; }

    /// <summary>Send time in Unix seconds.</summary>
    public long SendTime { get; }

    /// <summary>Who produced it; values outside the enum are kept as their number.</summary>
    public MessageOrigin Origin { get; }

    /// <summary><see cref="SendTime"/> as a time.</summary>
    public DateTimeOffset SentAt => DateTimeOffset.FromUnixTimeSeconds(SendTime);

    /// <summary>True when <see cref="MsgType"/> is one this library models.</summary>
    public bool IsKnownType => KnownTypes.Contains(MsgType);

#pragma warning disable CS1591 // Each accessor is the payload named after it, or null.
    public KfTextContent? Text => Payload<KfTextContent>(KfMessageTypes.Text);
    public KfMediaContent? Image => Payload<KfMediaContent>(KfMessageTypes.Image);
    public KfMediaContent? Voice => Payload<KfMediaContent>(KfMessageTypes.Voice);
    public KfMediaContent? Video => Payload<KfMediaContent>(KfMessageTypes.Video);
    public KfMediaContent? File => Payload<KfMediaContent>(KfMessageTypes.File);
    public KfLocationContent? Location => Payload<KfLocationContent>(KfMessageTypes.Location);
    public KfLinkContent? Link => Payload<KfLinkContent>(KfMessageTypes.Link);
    public KfBusinessCardContent? BusinessCard => Payload<KfBusinessCardContent>(KfMessageTypes.BusinessCard);
    public KfMiniProgramContent? MiniProgram => Payload<KfMiniProgramContent>(KfMessageTypes.MiniProgram);
    public KfMsgMenuContent? MsgMenu => Payload<KfMsgMenuContent>(KfMessageTypes.MsgMenu);
    public KfChannelsShopProductContent? ChannelsShopProduct => Payload<KfChannelsShopProductContent>(KfMessageTypes.ChannelsShopProduct);
    public KfChannelsShopOrderContent? ChannelsShopOrder => Payload<KfChannelsShopOrderContent>(KfMessageTypes.ChannelsShopOrder);
    public KfMergedMsgContent? MergedMsg => Payload<KfMergedMsgContent>(KfMessageTypes.MergedMsg);
    public KfChannelsContent? Channels => Payload<KfChannelsContent>(KfMessageTypes.Channels);
    public KfNoteContent? Note => Payload<KfNoteContent>(KfMessageTypes.Note);
    public KfEvent? Event => Payload<KfEvent>(KfMessageTypes.Event);
#pragma warning restore CS1591

    private static readonly HashSet<string> KnownTypes =
    [
        KfMessageTypes.Text, KfMessageTypes.Image, KfMessageTypes.Voice, KfMessageTypes.Video,
        KfMessageTypes.File, KfMessageTypes.Location, KfMessageTypes.Link, KfMessageTypes.BusinessCard,
        KfMessageTypes.MiniProgram, KfMessageTypes.MsgMenu, KfMessageTypes.ChannelsShopProduct,
        KfMessageTypes.ChannelsShopOrder, KfMessageTypes.MergedMsg, KfMessageTypes.Channels,
        KfMessageTypes.Note, KfMessageTypes.Event,
    ];

    /// <summary>Wraps a <c>msg_list</c> entry; the element is cloned, so its document may be disposed.</summary>
    public static KfMessage FromJson(JsonElement raw) => new(raw.Clone());

    /// <summary>Parses one <c>msg_list</c> entry.</summary>
    public static KfMessage Parse(string json)
    {
        using var document = JsonDocument.Parse(json);
        return FromJson(document.RootElement);
    }

    // A payload that is missing or not an object yields null, like an unknown type; Raw still has it.
    private T? Payload<T>(string type)
        where T : class =>
        string.Equals(MsgType, type, StringComparison.Ordinal) && Raw.TryGetObject(type, out var element)
            ? LazyPayload.Get<T>(ref _payload, element)
            : null;
}
