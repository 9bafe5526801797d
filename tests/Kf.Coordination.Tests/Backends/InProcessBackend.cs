using Kf.Coordination.InProcess;
using Kf.Coordination;

namespace Kf.Coordination.Tests.Backends;

// One instance per primitive is the shared store, so every "client" gets the same one.
public sealed class InProcessBackend : ICoordinationBackend
{
    private readonly ManualTimeProvider _time = new();
    private readonly InProcessMessageClaims _claims;
    private readonly InProcessLeases _leases;
    private readonly InProcessRateCounter _rates;

    public InProcessBackend()
    {
        _claims = new InProcessMessageClaims(_time);
        _leases = new InProcessLeases(_time);
        _rates = new InProcessRateCounter(_time);
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public IMessageClaims Claims(int client = 0) => _claims;

    public ILeases Leases(int client = 0) => _leases;

    public IRateCounter RateCounter(int client = 0) => _rates;

    public Task AdvanceAsync(TimeSpan by)
    {
        _time.Advance(by);
        return Task.CompletedTask;
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
