namespace Kf.Syncer.Signals;

/// <summary>
/// A counter per open_kfid that every pull trigger raises before it tries the lease. The lease holder
/// reads it after acquiring and again after releasing: a change means a notice came in while it held
/// the lease (and lost the race for it), so the holder pulls once more. Notices are never lost.
/// </summary>
internal interface IPullSignals
{
    /// <summary>Records that someone wants <paramref name="openKfId"/> pulled.</summary>
    Task RaiseAsync(string openKfId);

    /// <summary>The current count; only compared for equality, so a reset (expiry) reads as a change.</summary>
    Task<long> ReadAsync(string openKfId);
}
