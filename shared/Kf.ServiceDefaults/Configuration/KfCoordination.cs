namespace Kf.ServiceDefaults.Configuration;

/// <summary>Where claims, leases and rate counters live (<c>Kf:Coordination</c>).</summary>
public enum KfCoordination
{
    /// <summary>Redis at <c>ConnectionStrings:Redis</c>, shared by every replica.</summary>
    Redis,

    /// <summary>In-process stand-ins: correct only while a single process runs each service.</summary>
    InProcess,
}
