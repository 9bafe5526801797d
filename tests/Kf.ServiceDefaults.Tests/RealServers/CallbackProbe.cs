using System.Collections.Concurrent;
using Kf.Contracts;

namespace Kf.ServiceDefaults.Tests.RealServers;

public sealed class CallbackProbe
{
    private readonly ConcurrentDictionary<string, TaskCompletionSource<CallbackReceived>> _waiters = new();

    public Task<CallbackReceived> WaitFor(string openKfId) =>
        _waiters.GetOrAdd(openKfId, _ => new(TaskCreationOptions.RunContinuationsAsynchronously)).Task;

    public void Received(CallbackReceived message) =>
        _waiters.GetOrAdd(message.OpenKfId, _ => new(TaskCreationOptions.RunContinuationsAsynchronously)).TrySetResult(message);
}
