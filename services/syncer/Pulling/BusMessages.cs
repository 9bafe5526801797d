using Kf.Contracts;
using Kf.WeCom.Models.Messages;

namespace Kf.Syncer.Pulling;

/// <summary>Maps a sync_msg entry to the contracts; the raw JSON travels whole so no msgtype loses a field.</summary>
internal static class BusMessages
{
    public static CustomerMessageReceived Message(KfMessage m, string openKfId) => new()
    {
        MsgId = m.MsgId,
        OpenKfId = Or(m.OpenKfId, openKfId),
        ExternalUserId = m.ExternalUserId,
        SendTime = m.SentAt,
        Origin = (int)m.Origin,
        MsgType = m.MsgType,
        Text = m.Text?.Content,
        MenuId = m.Text?.MenuId,
        RawJson = m.Raw.GetRawText(),
    };

    public static CustomerEventReceived Event(KfMessage m, string openKfId) => new()
    {
        MsgId = m.MsgId,
        OpenKfId = Or(m.Event?.OpenKfId, Or(m.OpenKfId, openKfId)),
        ExternalUserId = NullIfEmpty(Or(m.Event?.ExternalUserId, m.ExternalUserId)),
        SendTime = m.SentAt,
        EventType = m.Event?.EventType ?? "",
        RawJson = m.Raw.GetRawText(),
    };

    private static string Or(string? value, string fallback) => string.IsNullOrEmpty(value) ? fallback : value;

    private static string? NullIfEmpty(string value) => value.Length == 0 ? null : value;
}
