namespace Kf.ServiceDefaults.Metrics;

/// <summary><c>/metrics</c> settings (<c>Kf:Metrics</c>).</summary>
public sealed class MetricsOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Kf:Metrics";

    /// <summary>Meters exported when <see cref="Meters"/> is not set.</summary>
    public static readonly IReadOnlyList<string> DefaultMeters =
        ["Kf", "MassTransit", "Microsoft.AspNetCore.Hosting", "System.Runtime"];

    /// <summary>
    /// <c>Kf:Metrics:Meters</c>: meter names to export; each also matches its dotted children
    /// (<c>Kf</c> takes <c>Kf.Syncer</c>). Unset means <see cref="DefaultMeters"/>.
    /// </summary>
    public string[]? Meters { get; set; }
}
