namespace Kf.Storage;

/// <summary>
/// The sync_msg cursor per open_kfid. Writes are fenced: a syncer whose lease was lost (a lower
/// fencing number than the last writer's) cannot move the cursor, so it never goes backwards.
/// </summary>
public interface ICursorStore
{
    /// <summary>The stored cursor, or null when none was ever saved (cold start).</summary>
    Task<SyncCursor?> GetAsync(string openKfId, CancellationToken cancellationToken = default);

    /// <summary>
    /// Saves <paramref name="cursor"/> when <paramref name="fence"/> is at least the stored fence.
    /// Returns false, changing nothing, when a newer lease holder has written.
    /// </summary>
    Task<bool> TrySaveAsync(string openKfId, string cursor, long fence, CancellationToken cancellationToken = default);

    /// <summary>Every open_kfid that has a cursor: the accounts the safety poll keeps in sight.</summary>
    Task<IReadOnlyList<string>> ListAccountsAsync(CancellationToken cancellationToken = default);
}
