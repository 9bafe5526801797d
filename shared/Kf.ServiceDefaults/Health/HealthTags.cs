namespace Kf.ServiceDefaults.Health;

/// <summary>
/// Tags that put a health check on an endpoint. A dependency (the storage layer's database check,
/// say) joins <c>/readyz</c> by adding a check tagged <see cref="Ready"/>.
/// </summary>
public static class HealthTags
{
    /// <summary>On <c>/healthz</c>: the process is alive. No dependencies, so an outage elsewhere never restarts it.</summary>
    public const string Live = "live";

    /// <summary>On <c>/readyz</c>: bus, Redis, database.</summary>
    public const string Ready = "ready";
}
