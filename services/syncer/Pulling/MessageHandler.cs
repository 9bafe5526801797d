using Kf.Coordination;
using Kf.ServiceDefaults.Logging;
using Kf.Storage;
using Kf.Syncer.Diagnostics;
using Kf.WeCom.Models.Messages;
using MassTransit;
using Microsoft.Extensions.Options;

namespace Kf.Syncer.Pulling;

/// <summary>
/// One pulled message, in the order that keeps invariants 2 and 3: pending claim → decide → publish
/// (awaits the broker's confirm) → confirm the claim → record in the message log. A failure before the
/// publish releases the claim so the next pull retries at once; after the publish the claim is kept.
/// </summary>
internal sealed class MessageHandler(
    IMessageClaims claims,
    IMessageLog log,
    IPublishEndpoint publish,
    TimeProvider time,
    IOptions<SyncerOptions> options,
    SyncerMetrics metrics,
    ILogger<MessageHandler> logger)
{
    public async Task<MessageStep> HandleAsync(KfMessage message, string openKfId, bool coldStart, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(message.MsgId))
        {
            logger.MessageWithoutId(openKfId, message.MsgType);
            metrics.Skipped();
            return MessageStep.Skipped;
        }

        using var scope = logger.BeginMsgIdScope(message.MsgId);
        var claim = await claims.TryClaimPendingAsync(message.MsgId, options.Value.PendingClaimTtl);
        switch (claim.Status)
        {
            case ClaimStatus.Confirmed:
                metrics.Skipped();
                return MessageStep.Skipped;
            case ClaimStatus.Pending:
                logger.ClaimPending(message.MsgId, openKfId);
                return MessageStep.Blocked;
        }

        var token = claim.Token!;
        var published = false;
        try
        {
            // Claims live in Redis, which may lose them (restart without persistence): the database
            // record is the durable answer to "was this handled?".
            if (await log.FindAsync(message.MsgId, cancellationToken) is not null)
            {
                await claims.ConfirmAsync(message.MsgId, token, ClaimTtl.Final);
                metrics.Skipped();
                return MessageStep.Skipped;
            }

            var disposition = Disposition.Decide(message, coldStart, time.GetUtcNow(), options.Value.StaleAfter);
            published = await PublishAsync(message, openKfId, disposition, cancellationToken);
            if (!await claims.ConfirmAsync(message.MsgId, token, ClaimTtl.Final))
            {
                logger.ClaimLapsed(message.MsgId);
            }

            await log.TryRecordAsync(Entry(message, openKfId, disposition), cancellationToken);
            metrics.Handled(disposition);
            logger.MessageHandled(message.MsgId, message.MsgType, (int)message.Origin, disposition);
            return MessageStep.Handled;
        }
        catch when (!published)
        {
            await claims.ReleaseAsync(message.MsgId, token);
            throw;
        }
    }

    private async Task<bool> PublishAsync(KfMessage message, string openKfId, MessageDisposition disposition, CancellationToken cancellationToken)
    {
        switch (disposition)
        {
            case MessageDisposition.Published:
                await publish.Publish(BusMessages.Message(message, openKfId), cancellationToken);
                return true;
            case MessageDisposition.EventPublished:
                await publish.Publish(BusMessages.Event(message, openKfId), cancellationToken);
                return true;
            default:
                return false;
        }
    }

    private static MessageLogEntry Entry(KfMessage m, string openKfId, MessageDisposition disposition) => new()
    {
        MsgId = m.MsgId,
        OpenKfId = string.IsNullOrEmpty(m.OpenKfId) ? openKfId : m.OpenKfId,
        ExternalUserId = string.IsNullOrEmpty(m.ExternalUserId) ? m.Event?.ExternalUserId : m.ExternalUserId,
        Origin = (int)m.Origin,
        MsgType = m.MsgType,
        SendTime = m.SentAt,
        Disposition = disposition,
        RawJson = m.Raw.GetRawText(),
    };
}
