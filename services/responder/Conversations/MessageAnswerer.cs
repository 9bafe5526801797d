using Kf.Responder.Answering;
using Kf.Responder.Diagnostics;
using Kf.Responder.Planning;
using Kf.Storage;
using Kf.Storage.Conversations;

namespace Kf.Responder.Conversations;

/// <summary>
/// Once per msgid (invariant 2): a stored plan is never planned again; a plan not yet marked published is
/// published as stored (same send msgids), so a crash after the model answered costs no second model call.
/// Runs under the customer's lease.
/// </summary>
internal sealed class MessageAnswerer(
    IConversationStore store,
    ICustomerStore customers,
    AnswerComposer composer,
    PlanPublisher publisher,
    MemoryPolicy memory,
    TimeProvider time,
    ResponderMetrics metrics,
    ILogger<MessageAnswerer> logger)
{
    // The chain moves under us only when a lease lapsed and another replica planned; re-chaining reuses
    // the composed answer, so even then the model is asked once.
    private const int ChainAttempts = 3;

    public async Task AnswerAsync(IncomingMessage message, CancellationToken cancellationToken)
    {
        var plan = await store.FindPlanAsync(message.MsgId, cancellationToken);
        if (plan is null)
        {
            plan = await PlanAsync(message, cancellationToken);
        }
        else if (plan.PublishedAt is null)
        {
            logger.PlanReplayed(message.MsgId, plan.Parts.Count);
            metrics.Replayed();
        }
        else
        {
            logger.AlreadyAnswered(message.MsgId);
            metrics.Duplicate();
            return;
        }

        await publisher.PublishAsync(plan, cancellationToken);
        await store.MarkPublishedAsync(message.MsgId, cancellationToken);
    }

    private async Task<AnswerPlan> PlanAsync(IncomingMessage message, CancellationToken cancellationToken)
    {
        var customer = await customers.GetOrCreateAsync(message.OpenKfId, message.ExternalUserId, cancellationToken);
        var composed = await composer.ComposeAsync(message, customer, cancellationToken);
        for (var attempt = 1; attempt <= ChainAttempts; attempt++)
        {
            var chain = await store.GetChainAsync(message.OpenKfId, message.ExternalUserId, cancellationToken);
            var plan = new AnswerPlan
            {
                MsgId = message.MsgId,
                OpenKfId = message.OpenKfId,
                ExternalUserId = message.ExternalUserId,
                SendTime = message.SendTime,
                Outcome = composed.Outcome,
                Reason = composed.Reason,
                Parts = composed.Text is null ? [] : AnswerPlanner.Plan(message.MsgId, composed.Text, chain.LastSendMsgId),
            };
            switch (await store.SavePlanAsync(plan, chain, Remember(message, customer, composed, plan), cancellationToken))
            {
                case PlanSaveResult.Saved:
                    logger.PlanStored(message.MsgId, plan.Outcome, plan.Parts.Count, plan.Reason);
                    metrics.Planned(plan.Outcome);
                    return plan;
                case PlanSaveResult.AlreadyPlanned:
                    logger.PlannedElsewhere(message.MsgId);
                    return (await store.FindPlanAsync(message.MsgId, cancellationToken))!;
                default:
                    logger.ChainMoved(message.MsgId, attempt);
                    break;
            }
        }

        throw new InvalidOperationException($"The reply chain of the customer of {message.MsgId} kept moving; the bus retries the message.");
    }

    // Only real exchanges are remembered: the hint, the error reply, the non-text reply and the hand-off reply
    // would teach the model nothing. A FAQ answer is a real exchange the customer saw: once a model is
    // configured (within Responder:MemoryTtl), a follow-up such as "那运费呢？" has its context.
    private MemoryUpdate? Remember(IncomingMessage message, Customer customer, Composed composed, AnswerPlan plan)
    {
        if (composed.Outcome is not (AnswerOutcome.Answered or AnswerOutcome.FaqAnswered))
        {
            return null;
        }

        var now = time.GetUtcNow();
        var sent = string.Concat(plan.Parts.Select(p => p.Text));
        return new MemoryUpdate(customer.UserId, [new(MemoryTurn.User, message.Text!, now), new(MemoryTurn.Assistant, sent, now)], memory.Limits());
    }
}
