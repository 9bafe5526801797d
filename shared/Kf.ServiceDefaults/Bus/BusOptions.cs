using System.ComponentModel.DataAnnotations;

namespace Kf.ServiceDefaults.Bus;

/// <summary>
/// Bus settings shared by every endpoint (<c>Kf:Bus</c>). Retries are bounded: after the last one a
/// message moves to its endpoint's <c>_error</c> queue, where it waits for a person, not lost.
/// </summary>
public sealed class BusOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Kf:Bus";

    /// <summary><c>Kf:Bus:PrefetchCount</c>: unacknowledged messages per consumer channel (RabbitMQ).</summary>
    [Range(1, 10_000, ErrorMessage = "Kf:Bus:PrefetchCount must be between {1} and {2}.")]
    public int PrefetchCount { get; set; } = 32;

    /// <summary><c>Kf:Bus:RetryLimit</c>: in-process retries of a failing consumer before the error queue.</summary>
    [Range(0, 20, ErrorMessage = "Kf:Bus:RetryLimit must be between {1} and {2}.")]
    public int RetryLimit { get; set; } = 3;

    /// <summary><c>Kf:Bus:RetryMinInterval</c>: the first retry's delay; later ones grow exponentially.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:10:00", ErrorMessage = "Kf:Bus:RetryMinInterval must be between {1} and {2}.")]
    public TimeSpan RetryMinInterval { get; set; } = TimeSpan.FromMilliseconds(200);

    /// <summary><c>Kf:Bus:RetryMaxInterval</c>: the longest delay between retries.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:10:00", ErrorMessage = "Kf:Bus:RetryMaxInterval must be between {1} and {2}.")]
    public TimeSpan RetryMaxInterval { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary><c>Kf:Bus:ConnectTimeout</c>: how long one attempt to reach RabbitMQ may take.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:05:00", ErrorMessage = "Kf:Bus:ConnectTimeout must be between {1} and {2}.")]
    public TimeSpan ConnectTimeout { get; set; } = TimeSpan.FromSeconds(5);
}
