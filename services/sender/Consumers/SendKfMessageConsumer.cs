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
/// The claim is taken only once nothing is left to wait for, and renewed while send_msg is under way.
/// </summary>
internal sealed class SendKfMessageConsumer(
    IDeliveryLedger ledger,
    OrderGate order,
    IRateCounter rate,
    PartSender sender,
    DeliveryRecorder recorder,
    IRedelivery redelivery,
    UnrecordedOutcomes unrecorded,
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
        var pending = unrecorded.Take(part.SendMsgId);
        // The part and its predecessor in one round trip.
        var rows = await ledger.FindAllAsync(part.PreviousSendMsgId is { } before ? [part.SendMsgId, before] : [part.SendMsgId], cancellationToken);
        if (rows.FirstOrDefault(row => row.SendMsgId == part.SendMsgId) is { IsFinal: true } done)
        {
            Duplicate(done);
            return;
        }

        if (pending is not null)
        {
            logger.RememberedOutcomeSettled(part.SendMsgId, pending.Outcome.Result);
            await SettleAsync(context, pending.Outcome, pending.Attempt);
            return;
        }

        var hold = HoldState.Read(context.Headers);
        var overdue = hold.Exceeded(time.GetUtcNow(), settings.MaxHold);
        if (part.PreviousSendMsgId is { } previous
            && !rows.Any(row => row.SendMsgId == previous && row.IsFinal)
            && !await order.WaitSettledAsync(previous, cancellationToken))
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
        SendOutcome outcome;
        await using (ClaimRenewal.Start(ledger, part.SendMsgId, attempt, options.Value.ClaimTtl, time, logger))
        {
            var started = time.GetTimestamp();
            // Not the consume token: a call cut off at shutdown would leave its outcome unknown and the
            // redelivered part would call again. WeCom:ApiTimeout bounds it instead.
            outcome = await sender.SendAsync(part, CancellationToken.None);
            metrics.Sent(outcome.Result, time.GetElapsedTime(started));
            if (!Retries(outcome, attempt))
            {
                // Recorded under the renewed claim: no copy can claim the part before its outcome is in the ledger.
                await SettleAsync(context, outcome, attempt);
                return;
            }
        }

        // A retry releases the claim, so the renewal must have stopped first.
        await SettleAsync(context, outcome, attempt);
    }

    private bool Retries(SendOutcome outcome, int attempt) => outcome.Result == SendResult.Retry && attempt < options.Value.MaxAttempts;

    // What the outcome of a call comes to. If it throws, the outcome is remembered for the bus's retry.
    private async Task SettleAsync(ConsumeContext<SendKfMessage> context, SendOutcome outcome, int attempt)
    {
        var part = context.Message;
        try
        {
            switch (outcome.Result)
            {
                case SendResult.Delivered:
                    await recorder.DeliveredAsync(context, outcome.WeComMsgId, attempt);
                    break;
                case SendResult.Retry when Retries(outcome, attempt):
                    await ledger.ReleaseAsync(part.SendMsgId, attempt, context.CancellationToken);
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
        catch (Exception)
        {
            unrecorded.Remember(part.SendMsgId, outcome, attempt);
            throw;
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
