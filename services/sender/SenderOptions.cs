using System.ComponentModel.DataAnnotations;

namespace Kf.Sender;

/// <summary>Settings of the sender (<c>Sender</c> section), checked at start.</summary>
public sealed class SenderOptions
{
    public const string Section = "Sender";

    /// <summary>The delays of the parking steps when <see cref="RetryDelays"/> is not set.</summary>
    public static readonly IReadOnlyList<TimeSpan> DefaultRetryDelays =
        [TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(5), TimeSpan.FromSeconds(30), TimeSpan.FromSeconds(120)];

    /// <summary>send_msg calls per second per open_kfid, shared by every sender replica.</summary>
    [Range(1, 10_000, ErrorMessage = "Sender:RatePerSecond must be between {1} and {2}.")]
    public int RatePerSecond { get; set; } = 10;

    /// <summary>
    /// Messages one sender process handles at once. 16: a part of a chained answer waits in place for
    /// its predecessor, holding a slot, and 8 slots spent much of their time so; 32 measured slower (MySql.Data's
    /// async calls block a thread-pool thread each: bench/README.md, Sender).
    /// </summary>
    [Range(1, 256, ErrorMessage = "Sender:MaxConcurrency must be between {1} and {2}.")]
    public int MaxConcurrency { get; set; } = 16;

    /// <summary>send_msg calls for one part, the first included, before a retryable error is recorded as failed.</summary>
    [Range(1, 20, ErrorMessage = "Sender:MaxAttempts must be between {1} and {2}.")]
    public int MaxAttempts { get; set; } = 5;

    /// <summary>
    /// The delay steps of redelivery, one parking queue each on RabbitMQ: retry n waits step
    /// min(n, count) − 1. Empty means <see cref="DefaultRetryDelays"/> (arrays bind by appending, so
    /// the default cannot sit in the property).
    /// </summary>
    public TimeSpan[] RetryDelays { get; set; } = [];

    /// <summary>
    /// How long a part may be held back, counted from its first hold: waiting for its predecessor
    /// (then it is sent anyway, out of order, and logged), for the rate (then recorded failed), or
    /// for another sender's claim to lapse.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00", ErrorMessage = "Sender:MaxHold must be between {1} and {2}.")]
    public TimeSpan MaxHold { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>
    /// How long a sender's claim on a part lasts; renewed every third of it while send_msg and the ledger
    /// write are under way, so a slow call never loses it. A sender that dies holding it blocks the part
    /// at most this long.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00", ErrorMessage = "Sender:ClaimTtl must be between {1} and {2}.")]
    public TimeSpan ClaimTtl { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>The input queue; the parking queues are named after it (<c>{Queue}-delay-5s</c>).</summary>
    [Required(ErrorMessage = "Sender:Queue is required.")]
    [RegularExpression("^[a-z0-9][a-z0-9._-]{0,100}$", ErrorMessage = "Sender:Queue must be 1–101 characters of a-z, 0-9, '.', '_' or '-'.")]
    public string Queue { get; set; } = "sender";

    /// <summary>The delay steps in force.</summary>
    public IReadOnlyList<TimeSpan> Delays => RetryDelays is [] ? DefaultRetryDelays : RetryDelays;

    /// <summary>The delay before retry <paramref name="retry"/> (1-based); later retries stay on the last step.</summary>
    public TimeSpan DelayOf(int retry) => Delays[Math.Clamp(retry, 1, Delays.Count) - 1];
}
