using System.Threading.Channels;
using MassTransit;

namespace Kf.Smoke.Tests;

public sealed class SmokePingedConsumer(ChannelWriter<SmokePinged> received) : IConsumer<SmokePinged>
{
    public async Task Consume(ConsumeContext<SmokePinged> context) =>
        await received.WriteAsync(context.Message, context.CancellationToken);
}
