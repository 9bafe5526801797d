namespace Kf.WeCom.Callback;

/// <summary>
/// Any decrypted callback. The same URL receives <c>kf_msg_or_event</c> and other events
/// (<c>kf_account_auth_change</c>, external-contact events…); none of them may crash the ingress,
/// so every element is kept in <see cref="Fields"/> and only the 微信客服 notice is typed.
/// </summary>
public sealed record CallbackEvent
{
    /// <summary>The WeCom event name that announces messages to pull with sync_msg.</summary>
    public const string KfMsgOrEvent = "kf_msg_or_event";

    /// <summary>Every element by name; nested elements as <c>Parent/Child</c>.</summary>
    public required IReadOnlyDictionary<string, string> Fields { get; init; }

    /// <summary>The <c>MsgType</c> element, or empty.</summary>
    public string MsgType => Field("MsgType");

    /// <summary>The <c>Event</c> element, or empty.</summary>
    public string Event => Field("Event");

    /// <summary>The <c>ToUserName</c> element, or empty.</summary>
    public string ToUserName => Field("ToUserName");

    /// <summary>An element's text, or empty when absent.</summary>
    public string Field(string name) => Fields.TryGetValue(name, out var value) ? value : string.Empty;

    /// <summary>
    /// The typed notice when this is a complete <c>kf_msg_or_event</c>; null for any other event,
    /// and for a <c>kf_msg_or_event</c> missing <c>OpenKfId</c> or <c>Token</c>.
    /// </summary>
    public KfNotice? AsKfNotice()
    {
        if (!string.Equals(Event, KfMsgOrEvent, StringComparison.Ordinal))
        {
            return null;
        }

        var openKfId = Field("OpenKfId");
        var token = Field("Token");
        if (openKfId.Length == 0 || token.Length == 0)
        {
            return null;
        }

        _ = long.TryParse(Field("CreateTime"), out var createTime);
        return new KfNotice(ToUserName, createTime, openKfId, token);
    }
}
