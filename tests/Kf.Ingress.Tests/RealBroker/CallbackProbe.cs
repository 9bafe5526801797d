using System.Collections.Concurrent;
using Kf.Contracts;

namespace Kf.Ingress.Tests.RealBroker;

// Waiters by OpenKfId, so leftovers of other runs on the shared broker are ignored.
public sealed class CallbackProbe
{
    private readonly ConcurrentDictionary<string, TaskCompletionSource<CallbackReceived>> _waiters = new();

    public Task<CallbackReceived> WaitFor(string openKfId) => Waiter(openKfId).Task;

    public void Received(CallbackReceived message) => Waiter(message.OpenKfId).TrySetResult(message);

    private TaskCompletionSource<CallbackReceived> Waiter(string openKfId) =>
        _waiters.GetOrAdd(openKfId, _ => new(TaskCreationOptions.RunContinuationsAsynchronously));
}
