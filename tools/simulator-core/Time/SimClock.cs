namespace Kf.Simulator.Time;

/// <summary>
/// Wall-clock time plus an offset that only moves forward, so tests (and <c>POST /sim/clock</c>)
/// can jump past the 20 s, 10 min, 48 h and 3-day windows without waiting. Timers stay real.
/// </summary>
public sealed class SimClock(TimeProvider inner) : TimeProvider
{
    private long _offsetTicks;

    public SimClock() : this(System)
    {
    }

    public TimeSpan Offset => TimeSpan.FromTicks(Interlocked.Read(ref _offsetTicks));

    public override DateTimeOffset GetUtcNow() => inner.GetUtcNow() + Offset;

    public void Advance(TimeSpan by)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(by, TimeSpan.Zero);
        Interlocked.Add(ref _offsetTicks, by.Ticks);
    }

    /// <summary>Back to wall-clock time; only <c>POST /sim/reset</c> does this.</summary>
    public void ResetOffset() => Interlocked.Exchange(ref _offsetTicks, 0);
}
