using System.ComponentModel.DataAnnotations;

namespace Kf.Syncer;

/// <summary>Settings of the syncer (<c>Syncer</c> section), checked at start.</summary>
public sealed class SyncerOptions
{
    public const string Section = "Syncer";

    /// <summary>At cold start (no cursor), messages older than this are recorded as Stale, not published (invariant 7).</summary>
    [Range(typeof(TimeSpan), "00:00:01", "3.00:00:00", ErrorMessage = "Syncer:StaleAfter must be between {1} and {2}.")]
    public TimeSpan StaleAfter { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>How often every known account is pulled without a callback (dropped callbacks, backlogs).</summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00", ErrorMessage = "Syncer:SafetyPollInterval must be between {1} and {2}.")]
    public TimeSpan SafetyPollInterval { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>Lifetime of the per-account pull lease; renewed before every page.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:10:00", ErrorMessage = "Syncer:LeaseTtl must be between {1} and {2}.")]
    public TimeSpan LeaseTtl { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// Lifetime of a pending msgid claim: a syncer that dies between claim and publish blocks that msgid
    /// this long, then the next pull publishes it. Must outlast one publish and its broker confirm.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "00:10:00", ErrorMessage = "Syncer:PendingClaimTtl must be between {1} and {2}.")]
    public TimeSpan PendingClaimTtl { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>sync_msg's <c>limit</c>: messages per page (WeCom allows 1–1000).</summary>
    [Range(1, 1000, ErrorMessage = "Syncer:BatchLimit must be between {1} and {2}.")]
    public int BatchLimit { get; set; } = 1000;

    /// <summary>Pages one pull may fetch; a longer backlog is continued by a follow-up pull.</summary>
    [Range(1, 10_000, ErrorMessage = "Syncer:MaxPagesPerPull must be between {1} and {2}.")]
    public int MaxPagesPerPull { get; set; } = 100;

    /// <summary>Messages one pull may handle (checked after each page).</summary>
    [Range(1, 10_000_000, ErrorMessage = "Syncer:MaxMessagesPerPull must be between {1} and {2}.")]
    public int MaxMessagesPerPull { get; set; } = 100_000;

    /// <summary>Lease rounds one pull may run for notices that arrived while it held the lease.</summary>
    [Range(1, 100, ErrorMessage = "Syncer:MaxRoundsPerPull must be between {1} and {2}.")]
    public int MaxRoundsPerPull { get; set; } = 5;

    /// <summary>CallbackReceived messages handled at once per syncer (each pulls a different account or waits on the lease).</summary>
    [Range(1, 256, ErrorMessage = "Syncer:ConcurrentPulls must be between {1} and {2}.")]
    public int ConcurrentPulls { get; set; } = 8;

    /// <summary>Accounts the safety poll pulls even before they have a cursor (a new account, lost state).</summary>
    public string[] OpenKfIds { get; set; } = [];
}
