using Kf.Storage;
using Kf.WeCom.Models.Messages;

namespace Kf.Syncer.Pulling;

/// <summary>Maps a sync_msg entry to its message log row.</summary>
internal static class LogEntries
{
    public static MessageLogEntry Of(KfMessage m, string openKfId, MessageDisposition disposition) => new()
    {
        MsgId = m.MsgId,
        OpenKfId = string.IsNullOrEmpty(m.OpenKfId) ? openKfId : m.OpenKfId,
        ExternalUserId = Customer(m),
        Origin = (int)m.Origin,
        MsgType = m.MsgType,
        SendTime = m.SentAt,
        Disposition = disposition,
        RawJson = m.Raw.GetRawText(),
    };

    /// <summary>The customer a message or event belongs to; null for events without one.</summary>
    public static string? Customer(KfMessage m) => string.IsNullOrEmpty(m.ExternalUserId) ? m.Event?.ExternalUserId : m.ExternalUserId;
}
