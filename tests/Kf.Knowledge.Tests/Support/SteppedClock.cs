namespace Kf.Knowledge.Tests.Support;

/// <summary>A clock that moves only when the test says so.</summary>
public sealed class SteppedClock : TimeProvider
{
    private DateTimeOffset _now = new(2026, 3, 1, 8, 0, 0, TimeSpan.Zero);

    public override DateTimeOffset GetUtcNow() => _now;

    public void Step(TimeSpan by) => _now = _now.Add(by);
}
