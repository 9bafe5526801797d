using Kf.Storage;
using Kf.WeCom.Models;
using Kf.WeCom.Models.Messages;

namespace Kf.Syncer.Pulling;

/// <summary>Decides what intake does with a pulled message.</summary>
internal static class Disposition
{
    /// <summary>
    /// Stale first: with no cursor, sync_msg returns up to 3 days of history, and none of it may be
    /// answered or acted on (a 2-day-old enter_session must not greet anyone) — invariant 7.
    /// </summary>
    public static MessageDisposition Decide(KfMessage message, bool coldStart, DateTimeOffset now, TimeSpan staleAfter) =>
        coldStart && now - message.SentAt > staleAfter ? MessageDisposition.Stale
        : message.Origin switch
        {
            MessageOrigin.Customer => MessageDisposition.Published,
            MessageOrigin.SystemEvent => MessageDisposition.EventPublished,
            MessageOrigin.Servicer => MessageDisposition.ServicerMessage,
            _ => MessageDisposition.Ignored,
        };
}
