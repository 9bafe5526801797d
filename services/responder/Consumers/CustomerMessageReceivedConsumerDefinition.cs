using Kf.Contracts;
using MassTransit;
using Microsoft.Extensions.Options;

namespace Kf.Responder.Consumers;

/// <summary>
/// Endpoint <c>customer-message-received</c> (Responder:EndpointName). Customers are answered side by
/// side, each customer's messages one at a time in arrival order (the partitioner); across replicas the
/// customer's lease does the same. Retry is the bus-wide bounded policy.
/// </summary>
internal sealed class CustomerMessageReceivedConsumerDefinition : ConsumerDefinition<CustomerMessageReceivedConsumer>
{
    private readonly int _partitions;

    public CustomerMessageReceivedConsumerDefinition(IOptions<ResponderOptions> options)
    {
        EndpointName = options.Value.EndpointName;
        ConcurrentMessageLimit = options.Value.ConcurrentConversations;
        _partitions = options.Value.ConcurrentConversations;
    }

    protected override void ConfigureConsumer(
        IReceiveEndpointConfigurator endpointConfigurator,
        IConsumerConfigurator<CustomerMessageReceivedConsumer> consumerConfigurator,
        IRegistrationContext context)
    {
        var partitioner = endpointConfigurator.CreatePartitioner(_partitions);
        consumerConfigurator.Message<CustomerMessageReceived>(message =>
            message.UsePartitioner(partitioner, m => $"{m.Message.OpenKfId}\n{m.Message.ExternalUserId}"));
    }
}
