namespace Kf.Coordination;

/// <summary>
/// Claims on WeCom msgids so that each message goes on the bus once, in two phases: a short pending
/// claim taken before publishing, made final once the publish is confirmed. A holder that dies in
/// between leaves only the pending claim, which expires, so the message is published on a later pull.
/// </summary>
public interface IMessageClaims
{
    /// <summary>
    /// Takes a pending claim on <paramref name="msgId"/> that lapses after <paramref name="pendingTtl"/>
    /// unless confirmed. Status <see cref="ClaimStatus.Claimed"/> carries the token for the next steps.
    /// </summary>
    Task<MessageClaim> TryClaimPendingAsync(string msgId, TimeSpan pendingTtl);

    /// <summary>
    /// Makes the caller's pending claim final for <paramref name="finalTtl"/> (at least
    /// <see cref="ClaimTtl.Minimum"/>). False when the claim is no longer the caller's (it expired and
    /// perhaps someone else claimed it): the caller must treat its publish as possibly duplicated
    /// and must not report the msgid as its own. Confirming twice with the same token is true.
    /// </summary>
    Task<bool> ConfirmAsync(string msgId, string token, TimeSpan finalTtl);

    /// <summary>
    /// Drops the caller's pending claim (compare-and-delete), e.g. when the publish failed, so the next
    /// pull can claim the msgid at once. A confirmed claim is final and is never released.
    /// </summary>
    Task<bool> ReleaseAsync(string msgId, string token);

    /// <summary>
    /// <see cref="TryClaimPendingAsync"/> for every msgid of a page in one round trip; the results are
    /// in the order of <paramref name="msgIds"/>. Each msgid is claimed on its own (one that is pending
    /// elsewhere does not stop the others); a msgid repeated in the list is Pending after its first
    /// occurrence. An empty msgid fails the whole call before anything is claimed.
    /// </summary>
    Task<IReadOnlyList<MessageClaim>> TryClaimPendingManyAsync(IReadOnlyList<string> msgIds, TimeSpan pendingTtl);

    /// <summary>
    /// <see cref="ConfirmAsync"/> for every held claim in one round trip; the results are in the order
    /// of <paramref name="claims"/>, false where the claim lapsed.
    /// </summary>
    Task<IReadOnlyList<bool>> ConfirmManyAsync(IReadOnlyList<HeldClaim> claims, TimeSpan finalTtl);

    /// <summary>
    /// <see cref="ReleaseAsync"/> for every held claim in one round trip; the results are in the order
    /// of <paramref name="claims"/>, false where the claim was not (or no longer) the caller's pending one.
    /// </summary>
    Task<IReadOnlyList<bool>> ReleaseManyAsync(IReadOnlyList<HeldClaim> claims);
}
