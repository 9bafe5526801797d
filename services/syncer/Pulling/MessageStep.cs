namespace Kf.Syncer.Pulling;

/// <summary>What handling one pulled message did to the batch.</summary>
internal enum MessageStep
{
    /// <summary>Published or recorded now, under our claim.</summary>
    Handled,

    /// <summary>Handled before (confirmed claim, or already in the message log).</summary>
    Skipped,

    /// <summary>Another syncer's pending claim: stop the batch here.</summary>
    Blocked,
}
