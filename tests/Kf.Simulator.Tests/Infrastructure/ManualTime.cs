namespace Kf.Simulator.Tests.Infrastructure;

/// <summary>
/// A clock that stands still: tests move it only through <c>POST /sim/clock</c>, so rate windows
/// and expiry checks never depend on how fast the machine runs.
/// </summary>
public sealed class ManualTime(DateTimeOffset start) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => start;
}
