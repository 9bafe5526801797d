namespace Kf.Coordination;

// The batch calls check every item before touching the store: bad input changes nothing.
internal static class ClaimArguments
{
    public static void EnsureMsgIds(IReadOnlyList<string> msgIds, string paramName)
    {
        ArgumentNullException.ThrowIfNull(msgIds, paramName);
        for (var i = 0; i < msgIds.Count; i++)
        {
            if (string.IsNullOrEmpty(msgIds[i]))
            {
                throw new ArgumentException($"msgid #{i} of the batch is empty.", paramName);
            }
        }
    }

    public static void EnsureHeld(IReadOnlyList<HeldClaim> claims, string paramName)
    {
        ArgumentNullException.ThrowIfNull(claims, paramName);
        for (var i = 0; i < claims.Count; i++)
        {
            if (claims[i] is null || string.IsNullOrEmpty(claims[i].MsgId) || string.IsNullOrEmpty(claims[i].Token))
            {
                throw new ArgumentException($"Claim #{i} of the batch has no msgid or no token.", paramName);
            }
        }
    }
}
