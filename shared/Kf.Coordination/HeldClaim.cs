namespace Kf.Coordination;

/// <summary>A pending claim the caller holds, as the batch calls of <see cref="IMessageClaims"/> take it.</summary>
/// <param name="MsgId">The claimed msgid.</param>
/// <param name="Token">The token <see cref="IMessageClaims.TryClaimPendingManyAsync"/> returned for it.</param>
public sealed record HeldClaim(string MsgId, string Token);
