using Kf.Coordination.Tests.Backends;

namespace Kf.Coordination.Tests.Contracts;

// Owns the backend's lifetime for every contract; subclasses pick the backend.
public abstract class CoordinationContract<TBackend> : IAsyncLifetime
    where TBackend : ICoordinationBackend, new()
{
    // Short enough to wait out on real Redis; only ever used where the test then lets it lapse.
    protected static readonly TimeSpan Short = TimeSpan.FromMilliseconds(300);
    protected static readonly TimeSpan Long = TimeSpan.FromMinutes(5);

    protected TBackend Backend { get; } = new();

    public Task InitializeAsync() => Backend.InitializeAsync();

    public async Task DisposeAsync() => await Backend.DisposeAsync();

    protected static string NewKey(string kind) => $"{kind}-{Guid.NewGuid():N}";

    // Task.Run puts every caller on the thread pool at once, so the store sees them interleaved.
    protected static Task<T[]> RaceAsync<T>(int callers, Func<int, Task<T>> call) =>
        Task.WhenAll(Enumerable.Range(0, callers).Select(i => Task.Run(() => call(i))));
}
