using Kf.Coordination;

namespace Kf.Coordination.Tests.Backends;

// What a contract needs from an implementation: clients that share one store (for Redis, spread
// over separate connections like separate replicas) and a way to let time pass.
public interface ICoordinationBackend : IAsyncDisposable
{
    Task InitializeAsync();

    IMessageClaims Claims(int client = 0);

    ILeases Leases(int client = 0);

    IRateCounter RateCounter(int client = 0);

    // Lets at least `by` pass for every lifetime in the store.
    Task AdvanceAsync(TimeSpan by);
}
