namespace Kf.Coordination.Tests.Backends;

// Microsoft.Extensions.TimeProvider.Testing is not in our package source; this is all we need of it.
public sealed class ManualTimeProvider : TimeProvider
{
    private DateTimeOffset _now = new(2025, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public override DateTimeOffset GetUtcNow() => _now;

    public void Advance(TimeSpan by) => _now += by;
}
