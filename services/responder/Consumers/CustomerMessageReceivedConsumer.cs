using Kf.Contracts;
using Kf.Responder.Conversations;
using Kf.Responder.Diagnostics;
using Kf.ServiceDefaults.Logging;
using MassTransit;

namespace Kf.Responder.Consumers;

/// <summary>
/// Answers a customer message. Acknowledged only after its plan is stored and published (invariant 3);
/// failures go to the bus-wide bounded retry (Kf:Bus:Retry*), and a redelivery replays the stored plan.
/// </summary>
internal sealed class CustomerMessageReceivedConsumer(ConversationProcessor processor, ILogger<CustomerMessageReceivedConsumer> logger)
    : IConsumer<CustomerMessageReceived>
{
    // sync_msg's origin 3: the syncer publishes only these, but a servicer's or system message must never get a bot reply.
    private const int CustomerOrigin = 3;

    public async Task Consume(ConsumeContext<CustomerMessageReceived> context)
    {
        var message = context.Message;
        using var scope = logger.BeginMsgIdScope(message.MsgId);
        if (message.Origin != CustomerOrigin)
        {
            logger.NotFromCustomer(message.MsgId, message.Origin);
            return;
        }

        await processor.ProcessAsync(message, context.CancellationToken);
    }
}
