namespace Kf.Contracts;

/// <summary>
/// A message from sync_msg's <c>msg_list</c> that the syncer claimed (first and only time on the bus)
/// and hands on for answering. Every msgtype travels: typed fields for what routing needs, and the
/// whole message as <see cref="RawJson"/> so no type or field is ever lost.
/// </summary>
public sealed record CustomerMessageReceived
{
    /// <summary>WeCom's <c>msgid</c>: the idempotency key for everything downstream.</summary>
    public required string MsgId { get; init; }

    /// <summary>The customer-service account the customer wrote to (<c>open_kfid</c>).</summary>
    public required string OpenKfId { get; init; }

    /// <summary>The customer (<c>external_userid</c>).</summary>
    public required string ExternalUserId { get; init; }

    /// <summary>WeCom's <c>send_time</c> (Unix seconds in the API) as an instant.</summary>
    public required DateTimeOffset SendTime { get; init; }

    /// <summary><c>origin</c>: 3 customer, 4 system event, 5 human servicer in the WeCom client.</summary>
    public required int Origin { get; init; }

    /// <summary><c>msgtype</c> as WeCom sent it (<c>text</c>, <c>image</c>, <c>msgmenu</c>, …, or one we do not know yet).</summary>
    public required string MsgType { get; init; }

    /// <summary><c>text.content</c> when <see cref="MsgType"/> is <c>text</c>; otherwise null.</summary>
    public string? Text { get; init; }

    /// <summary><c>text.menu_id</c> when the customer clicked a menu item; otherwise null.</summary>
    public string? MenuId { get; init; }

    /// <summary>The complete message object from <c>msg_list</c>, verbatim JSON.</summary>
    public required string RawJson { get; init; }
}
