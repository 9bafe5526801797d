namespace Kf.Coordination;

/// <summary>Lifetimes for msgid claims.</summary>
public static class ClaimTtl
{
    /// <summary>
    /// sync_msg returns up to 3 days of history: a final claim shorter than that would let a
    /// cursor-less pull publish a message again.
    /// </summary>
    public static readonly TimeSpan Minimum = TimeSpan.FromDays(3);

    /// <summary>The default final lifetime: <see cref="Minimum"/> plus a day for clock skew and slow pulls.</summary>
    public static readonly TimeSpan Final = Minimum + TimeSpan.FromDays(1);

    /// <summary>The default pending lifetime: long enough for a publish and its broker confirm.</summary>
    public static readonly TimeSpan Pending = TimeSpan.FromSeconds(30);

    internal static void EnsureFinal(TimeSpan finalTtl, string paramName)
    {
        if (finalTtl < Minimum)
        {
            throw new ArgumentOutOfRangeException(paramName, finalTtl, $"A final msgid claim must last at least {Minimum}.");
        }
    }

    internal static void EnsurePositive(TimeSpan ttl, string paramName)
    {
        if (ttl < TimeSpan.FromMilliseconds(1))
        {
            throw new ArgumentOutOfRangeException(paramName, ttl, "A lifetime must be at least 1 ms.");
        }
    }
}
