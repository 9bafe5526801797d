namespace Kf.Coordination;

/// <summary>
/// Fixed-window counters shared by all replicas: at most <c>limit</c> grants per key per window,
/// the window starting at the first grant. Refused attempts do not count.
/// </summary>
public interface IRateCounter
{
    /// <summary>Takes one unit from <paramref name="key"/>'s window if fewer than <paramref name="limit"/> were taken.</summary>
    Task<RateDecision> TryAcquireAsync(string key, int limit, TimeSpan window);
}
