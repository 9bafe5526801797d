using Kf.Storage.Tests.Backends;

namespace Kf.Storage.Tests.Contracts;

// Shared by every store contract: the class's database, a clock, keys no other test uses.
public abstract class StoreContract<TBackend>(TBackend backend) : IClassFixture<TBackend>
    where TBackend : StorageBackend
{
    protected static readonly DateTimeOffset Start = new(2025, 3, 1, 8, 30, 15, 123, TimeSpan.Zero);

    protected FixedTime Time { get; } = new(Start);

    protected TBackend Backend => backend;

    protected static string NewKey(string kind) => $"{kind}{Guid.NewGuid():N}";

    // Task.Run puts every caller on the thread pool at once, so the database sees them interleaved.
    protected static Task<T[]> RaceAsync<T>(int callers, Func<int, Task<T>> call) =>
        Task.WhenAll(Enumerable.Range(0, callers).Select(i => Task.Run(() => call(i))));
}
