namespace Kf.Storage;

/// <summary>
/// The sender's ledger keyed by send msgid. A send msgid is claimed before each send_msg call and
/// finished once as delivered or failed; a finished row never changes, so nothing sends it again.
/// </summary>
public interface IDeliveryLedger
{
    /// <summary>
    /// Claims <paramref name="delivery"/>'s send msgid for <paramref name="claimTtl"/> and counts an attempt,
    /// unless it is final or another holder's claim has not lapsed. One round trip. The claim is
    /// identified by its attempt number (<see cref="Delivery.Attempts"/> of the returned row): every
    /// claim counts one, so a later claim never carries the same number.
    /// </summary>
    Task<DeliveryClaim> TryClaimAsync(Delivery delivery, TimeSpan claimTtl, CancellationToken cancellationToken = default);

    /// <summary>
    /// Extends the claim numbered <paramref name="attempt"/> to <paramref name="claimTtl"/> from now, while
    /// its holder is still calling send_msg. False, changing nothing, when the row is final or another
    /// claim has replaced it.
    /// </summary>
    Task<bool> RenewAsync(string sendMsgId, int attempt, TimeSpan claimTtl, CancellationToken cancellationToken = default);

    /// <summary>
    /// Records the final outcome (<see cref="Delivery.Status"/> delivered or failed, errcode, reason,
    /// WeCom msgid), with or without a claim. False, changing nothing, when the row is already final.
    /// </summary>
    Task<bool> TryFinishAsync(Delivery delivery, CancellationToken cancellationToken = default);

    /// <summary>
    /// Lets the claim numbered <paramref name="attempt"/> lapse now (a retry is scheduled), so the
    /// redelivery can claim at once. A claim that has been replaced by another holder's is left alone.
    /// </summary>
    Task ReleaseAsync(string sendMsgId, int attempt, CancellationToken cancellationToken = default);

    /// <summary>The row of a send msgid, or null.</summary>
    Task<Delivery?> FindAsync(string sendMsgId, CancellationToken cancellationToken = default);

    /// <summary>The rows of the given send msgids that exist, in no particular order, in one round trip.</summary>
    Task<IReadOnlyList<Delivery>> FindAllAsync(IReadOnlyCollection<string> sendMsgIds, CancellationToken cancellationToken = default);
}
