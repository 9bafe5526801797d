namespace Kf.Storage.Tests.Backends;

// A clock the test sets; whole milliseconds, as the stores keep them.
public sealed class FixedTime(DateTimeOffset now) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = now;

    public override DateTimeOffset GetUtcNow() => Now;
}
