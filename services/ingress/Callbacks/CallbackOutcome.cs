namespace Kf.Ingress.Callbacks;

// The "outcome" tag of kf.ingress.callbacks and kf.ingress.ack.duration.
internal static class CallbackOutcome
{
    public const string Verified = "verified";
    public const string Published = "published";
    public const string Ignored = "ignored";
    public const string Rejected = "rejected";
    public const string BusUnavailable = "bus_unavailable";
}
