namespace Kf.Simulator.Tests.Infrastructure;

/// <summary>
/// Waits for something asynchronous (a callback push) to become true. The deadline is generous
/// and only bounds a failing test; no assertion is about how long it took.
/// </summary>
public static class Eventually
{
    public static async Task<T> WaitAsync<T>(Func<Task<T>> probe, Func<T, bool> done, string what, int seconds = 20)
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
}
