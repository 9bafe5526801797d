using Kf.Storage.Conversations;
using Microsoft.Extensions.Options;

namespace Kf.Responder.Answering;

/// <summary>Responder:MemoryTurns and Responder:MemoryTtl as store limits, on the injected clock.</summary>
internal sealed class MemoryPolicy(IOptions<ResponderOptions> options, TimeProvider time)
{
    // A turn is an exchange: the customer's message and the reply, two stored messages.
    public MemoryLimits Limits() =>
        new(options.Value.MemoryTurns * 2, time.GetUtcNow() - options.Value.MemoryTtl);
}
