namespace Kf.Syncer.Tests.Infrastructure;

/// <summary>
/// Waits for something asynchronous to become true. The deadline only bounds a failing test; no
/// assertion is about how long it took.
/// </summary>
public static class Eventually
{
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

        Assert.Fail($"Not reached within {seconds} s: {what}. Last: {last}");
        return last;
    }

    public static Task WaitAsync(Func<bool> condition, string what, int seconds = 30) =>
        WaitAsync(() => Task.FromResult(condition()), done => done, what, seconds);
}
