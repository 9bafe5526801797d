namespace Kf.Coordination;

/// <summary>The answer of <see cref="IRateCounter.TryAcquireAsync"/>.</summary>
/// <param name="Allowed">True when a unit was granted.</param>
/// <param name="Count">Units granted in the current window, this one included when allowed.</param>
/// <param name="RetryAfter">When refused, how long until the window ends; zero when allowed.</param>
public sealed record RateDecision(bool Allowed, long Count, TimeSpan RetryAfter);
