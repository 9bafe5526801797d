namespace Kf.Storage;

/// <summary>
/// The sender's ledger keyed by send msgid. A send msgid is claimed before each send_msg call and
/// finished once as delivered or failed; a finished row never changes, so nothing sends it again.
/// </summary>
public interface IDeliveryLedger
{
    /// <summary>
    /// Claims <paramref name="delivery"/>'s send msgid for <paramref name="claimTtl"/> and counts an attempt,
    /// unless it is final or another holder's claim has not lapsed.
    /// </summary>
    Task<DeliveryClaim> TryClaimAsync(Delivery delivery, TimeSpan claimTtl, CancellationToken cancellationToken = default);

    /// <summary>
    /// Records the final outcome (<see cref="Delivery.Status"/> delivered or failed, errcode, reason,
    /// WeCom msgid), with or without a claim. False, changing nothing, when the row is already final.
    /// </summary>
    Task<bool> TryFinishAsync(Delivery delivery, CancellationToken cancellationToken = default);

    /// <summary>Lets the caller's claim lapse now (a retry is scheduled), so the redelivery can claim at once.</summary>
    Task ReleaseAsync(string sendMsgId, CancellationToken cancellationToken = default);

    /// <summary>The row of a send msgid, or null.</summary>
    Task<Delivery?> FindAsync(string sendMsgId, CancellationToken cancellationToken = default);
}
