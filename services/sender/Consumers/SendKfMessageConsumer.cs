using Kf.Contracts;
using Kf.Coordination;
using Kf.Sender.Diagnostics;
using Kf.Sender.Redelivery;
using Kf.Sender.Sending;
using Kf.Storage;
using MassTransit;
using Microsoft.Extensions.Options;

namespace Kf.Sender.Consumers;

/// <summary>
/// One part → at most one accepted send_msg. In order: the ledger (final → acknowledge), the
/// predecessor (invariant 4), the account's rate, the ledger claim, then send_msg. Everything that
/// must wait goes back through <see cref="IRedelivery"/>, bounded by Sender:MaxHold or Sender:MaxAttempts.
/// </summary>
internal sealed class SendKfMessageConsumer(
    IDeliveryLedger ledger,
    OrderGate order,
    IRateCounter rate,
    PartSender sender,
    DeliveryRecorder recorder,
    IRedelivery redelivery,
    IOptions<SenderOptions> options,
    TimeProvider time,
    SenderMetrics metrics,
    ILogger<SendKfMessageConsumer> logger) : IConsumer<SendKfMessage>
{
    private static readonly TimeSpan RateWindow = TimeSpan.FromSeconds(1);

    public async Task Consume(ConsumeContext<SendKfMessage> context)
    {
        var part = context.Message;
        var settings = options.Value;
        var cancellationToken = context.CancellationToken;
        if (await ledger.FindAsync(part.SendMsgId, cancellationToken) is { IsFinal: true } done)
        {
            Duplicate(done);
            return;
        }

        var hold = HoldState.Read(context.Headers);
        var overdue = hold.Exceeded(time.GetUtcNow(), settings.MaxHold);
        if (part.PreviousSendMsgId is { } previous && !await order.IsSettledAsync(previous, cancellationToken))
        {
            if (!overdue)
            {
                await HoldAsync(context, hold, HoldReason.Order, hold.Holds + 1);
                return;
            }

            logger.OrderWaitGivenUp(part.SendMsgId, settings.MaxHold, previous);
        }

        if (!(await rate.TryAcquireAsync($"sender:rate:{part.OpenKfId}", settings.RatePerSecond, RateWindow)).Allowed)
        {
            if (!overdue)
            {
                // Always the first step: the window ends within a second.
                await HoldAsync(context, hold, HoldReason.Rate, 1);
                return;
            }

            await recorder.FailedAsync(context, null, $"throttled: Sender:RatePerSecond ({settings.RatePerSecond}) left no slot within Sender:MaxHold ({settings.MaxHold})", 0);
            return;
        }

        var claim = await ledger.TryClaimAsync(DeliveryRecorder.Row(part), settings.ClaimTtl, cancellationToken);
        if (!claim.Claimed)
        {
            if (claim.Row.IsFinal)
            {
                Duplicate(claim.Row);
            }
            else if (!overdue)
            {
                // Another sender is calling send_msg for it, or died doing so and its claim lapses within Sender:ClaimTtl.
                await HoldAsync(context, hold, HoldReason.Claimed, hold.Holds + 1);
            }
            else
            {
                logger.ClaimWaitGivenUp(part.SendMsgId, settings.MaxHold);
            }

            return;
        }

        await SendAsync(context, claim.Row.Attempts);
    }

    private async Task SendAsync(ConsumeContext<SendKfMessage> context, int attempt)
    {
        var part = context.Message;
        var started = time.GetTimestamp();
        SendOutcome outcome;
        try
        {
            outcome = await sender.SendAsync(part, context.CancellationToken);
        }
        catch (OperationCanceledException)
        {
            // Shutting down mid-call: the broker redelivers the unacknowledged part, which may claim at once.
            await ledger.ReleaseAsync(part.SendMsgId, CancellationToken.None);
            throw;
        }

        metrics.Sent(outcome.Result, time.GetElapsedTime(started));
        switch (outcome.Result)
        {
            case SendResult.Delivered:
                await recorder.DeliveredAsync(context, outcome.WeComMsgId, attempt);
                break;
            case SendResult.Retry when attempt < options.Value.MaxAttempts:
                await ledger.ReleaseAsync(part.SendMsgId, context.CancellationToken);
                metrics.Retried(outcome.ErrCode);
                logger.PartRetrying(part.SendMsgId, part.OpenKfId, outcome.ErrCode, attempt, options.Value.DelayOf(attempt));
                // A retry starts a new phase: holds before it do not count against holds after it.
                await redelivery.RedeliverAsync(context, attempt, HoldState.None);
                break;
            case SendResult.Retry:
                await recorder.FailedAsync(context, outcome.ErrCode, $"gave up after {attempt} attempts (Sender:MaxAttempts): {outcome.Reason}", attempt);
                break;
            default:
                await recorder.FailedAsync(context, outcome.ErrCode, outcome.Reason ?? "failed", attempt);
                break;
        }
    }

    private async Task HoldAsync(ConsumeContext<SendKfMessage> context, HoldState hold, HoldReason reason, int step)
    {
        var next = hold.Next(time.GetUtcNow());
        metrics.Held(reason);
        logger.PartHeld(context.Message.SendMsgId, reason, next.Holds, options.Value.DelayOf(step));
        await redelivery.RedeliverAsync(context, step, next);
    }

    private void Duplicate(Delivery row)
    {
        metrics.Duplicate();
        logger.PartAlreadyFinal(row.SendMsgId, row.Status);
    }
}
