namespace Kf.Syncer.Pulling;

/// <summary>How one pull of an account ended.</summary>
internal enum PullOutcome
{
    /// <summary>sync_msg said has_more = 0 and the cursor is saved.</summary>
    Drained,

    /// <summary>Another puller holds the lease; it was signalled and pulls again for us.</summary>
    Busy,

    /// <summary>A msgid is pending under another (dead or slow) syncer's claim: the cursor stays before it.</summary>
    Blocked,

    /// <summary>The lease was lost (renew or fenced cursor write refused): a newer holder owns the account.</summary>
    LeaseLost,

    /// <summary>A bound (pages, messages, rounds) stopped the pull before the end; a follow-up pull continues.</summary>
    Truncated,

    /// <summary>A cold start hit a bound before the end of the history: nothing saved, an operator raises the bound.</summary>
    ColdStartTruncated,
}
