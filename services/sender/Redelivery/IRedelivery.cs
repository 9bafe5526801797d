using Kf.Contracts;
using MassTransit;

namespace Kf.Sender.Redelivery;

/// <summary>
/// Puts the consumed part back on the sender's input queue after the delay of step
/// <c>step</c> (<see cref="SenderOptions.DelayOf"/>). The caller acknowledges the original
/// afterwards, so a crash in between leaves two copies, never none: the ledger drops the extra one.
/// </summary>
internal interface IRedelivery
{
    Task RedeliverAsync(ConsumeContext<SendKfMessage> context, int step, HoldState hold);
}
