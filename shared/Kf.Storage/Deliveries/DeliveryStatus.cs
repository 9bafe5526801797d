namespace Kf.Storage;

/// <summary>Where one send msgid stands in the delivery ledger.</summary>
public enum DeliveryStatus
{
    /// <summary>A sender holds the claim and is calling send_msg (or died doing so: the claim lapses).</summary>
    Sending,

    /// <summary>send_msg accepted it. Final.</summary>
    Delivered,

    /// <summary>Given up on: a permanent errcode or retries exhausted. Final.</summary>
    Failed,
}
