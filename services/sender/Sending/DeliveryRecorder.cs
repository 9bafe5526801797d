using Kf.Contracts;
using Kf.Sender.Diagnostics;
using Kf.Storage;
using MassTransit;

namespace Kf.Sender.Sending;

/// <summary>
/// Records a part's final outcome in the ledger, then announces it. Ledger first: once it is there,
/// a redelivery acknowledges without sending, even if the announcement below never went out. The
/// ledger write ignores the consume token: a send_msg that was answered is recorded even at shutdown.
/// </summary>
internal sealed class DeliveryRecorder(IDeliveryLedger ledger, SettledParts settled, TimeProvider time, SenderMetrics metrics, ILogger<DeliveryRecorder> logger)
{
    public async Task DeliveredAsync(ConsumeContext<SendKfMessage> context, string? weComMsgId, int attempts)
    {
        var part = context.Message;
        var recorded = await ledger.TryFinishAsync(Row(part, DeliveryStatus.Delivered, attempts) with { WeComMsgId = weComMsgId }, CancellationToken.None);
        // Final either way: this process's parts waiting on it may go.
        settled.Settled(part.SendMsgId);
        if (!recorded)
        {
            logger.OutcomeRecordedElsewhere(part.SendMsgId);
            return;
        }

        metrics.Delivered();
        logger.PartDelivered(part.Part, part.SourceMsgId, part.SendMsgId, part.OpenKfId, attempts);
        await context.Publish(new KfMessageDelivered
        {
            SendMsgId = part.SendMsgId,
            SourceMsgId = part.SourceMsgId,
            OpenKfId = part.OpenKfId,
            ExternalUserId = part.ExternalUserId,
            Part = part.Part,
            WeComMsgId = weComMsgId,
            Attempts = attempts,
            DeliveredAt = time.GetUtcNow(),
        });
    }

    public async Task FailedAsync(ConsumeContext<SendKfMessage> context, int? errCode, string reason, int attempts)
    {
        var part = context.Message;
        var recorded = await ledger.TryFinishAsync(Row(part, DeliveryStatus.Failed, attempts) with { ErrCode = errCode, Reason = reason }, CancellationToken.None);
        // Final either way: this process's parts waiting on it may go.
        settled.Settled(part.SendMsgId);
        if (!recorded)
        {
            logger.OutcomeRecordedElsewhere(part.SendMsgId);
            return;
        }

        metrics.Failed(errCode);
        logger.PartFailed(part.Part, part.SourceMsgId, part.SendMsgId, part.OpenKfId, attempts, errCode, reason);
        await context.Publish(new KfMessageFailed
        {
            SendMsgId = part.SendMsgId,
            SourceMsgId = part.SourceMsgId,
            OpenKfId = part.OpenKfId,
            ExternalUserId = part.ExternalUserId,
            Part = part.Part,
            ErrCode = errCode,
            Reason = reason,
            Attempts = attempts,
            FailedAt = time.GetUtcNow(),
        });
    }

    public static Delivery Row(SendKfMessage part, DeliveryStatus status = DeliveryStatus.Sending, int attempts = 0) => new()
    {
        SendMsgId = part.SendMsgId,
        OpenKfId = part.OpenKfId,
        ExternalUserId = part.ExternalUserId,
        SourceMsgId = part.SourceMsgId,
        Part = part.Part,
        Status = status,
        Attempts = attempts,
    };
}
