using Kf.Contracts;
using Kf.Responder.Answering;
using Kf.Responder.Diagnostics;
using Kf.Storage.Conversations;
using Microsoft.Extensions.Options;

namespace Kf.Responder.Conversations;

/// <summary>
/// Order per customer (invariant 4), across replicas: under the customer's lease, first the customer's
/// earlier messages that intake published but nobody planned yet (their bus copies may be on another
/// replica, or behind this one), in send_time order, then this message. A bus copy that arrives after
/// its message was caught up finds the plan and does nothing.
/// </summary>
internal sealed class ConversationProcessor(
    CustomerLock locks,
    MessageAnswerer answerer,
    IConversationStore store,
    IOptions<ResponderOptions> options,
    ILogger<ConversationProcessor> logger)
{
    // Bounds one catch-up; a longer backlog is finished by the bus copies of the messages left over.
    private const int CatchUpLimit = 50;

    public async Task ProcessAsync(CustomerMessageReceived message, CancellationToken cancellationToken)
    {
        await using var lease = await locks.AcquireAsync(message.OpenKfId, message.ExternalUserId, cancellationToken);
        var earlier = await store.ListUnplannedBeforeAsync(
            message.OpenKfId, message.ExternalUserId, message.MsgId, message.SendTime,
            message.SendTime - options.Value.CatchUpWindow, CatchUpLimit, cancellationToken);
        if (earlier.Count > 0)
        {
            logger.CatchingUp(message.MsgId, earlier.Count);
        }

        foreach (var entry in earlier)
        {
            await lease.RenewAsync();
            await answerer.AnswerAsync(IncomingMessage.From(entry), cancellationToken);
        }

        await lease.RenewAsync();
        await answerer.AnswerAsync(IncomingMessage.From(message), cancellationToken);
    }
}
