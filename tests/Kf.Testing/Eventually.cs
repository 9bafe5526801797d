namespace Kf.Testing;

/// <summary>
/// Waits for something asynchronous (a callback push, a message on the bus) to become true. The
/// deadline is generous and only bounds a failing test; no assertion is about how long it took.
/// </summary>
public static class Eventually
{
    /// <summary>Probes every 25 ms until <paramref name="done"/> holds; fails the test after <paramref name="seconds"/>.</summary>
    public static async Task<T> WaitAsync<T>(Func<Task<T>> probe, Func<T, bool> done, string what, int seconds = 30)
    {
        var deadline = DateTime.UtcNow.AddSeconds(seconds);
        T last;
        do
        {
            last = await probe();
            if (done(last))
            {
                return last;
            }

            await Task.Delay(25);
        }
        while (DateTime.UtcNow < deadline);

        throw new TimeoutException($"Not reached within {seconds} s: {what}. Last: {last}");
    }

    /// <summary>Waits until <paramref name="condition"/> holds.</summary>
    public static Task WaitAsync(Func<bool> condition, string what, int seconds = 30) =>
        WaitAsync(() => Task.FromResult(condition()), done => done, what, seconds);
}
