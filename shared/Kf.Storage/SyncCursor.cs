namespace Kf.Storage;

/// <summary>A stored sync_msg cursor and the fencing number of the lease holder that wrote it.</summary>
public sealed record SyncCursor(string OpenKfId, string Cursor, long Fence, DateTimeOffset UpdatedAt);
