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
}
