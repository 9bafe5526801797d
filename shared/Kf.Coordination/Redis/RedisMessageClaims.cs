using StackExchange.Redis;

namespace Kf.Coordination.Redis;

/// <summary>
/// <see cref="IMessageClaims"/> on Redis: the claim key holds <c>p:&lt;token&gt;</c> while pending
/// (SET NX PX) and <c>c:&lt;token&gt;</c> once confirmed; confirm and release are Lua compare-and-set.
/// </summary>
public sealed class RedisMessageClaims(IConnectionMultiplexer redis, RedisKeys? keys = null) : IMessageClaims
{
    private readonly RedisKeys _keys = keys ?? RedisKeys.Default;

    /// <inheritdoc />
    public async Task<MessageClaim> TryClaimPendingAsync(string msgId, TimeSpan pendingTtl)
    {
        ArgumentException.ThrowIfNullOrEmpty(msgId);
        ClaimTtl.EnsurePositive(pendingTtl, nameof(pendingTtl));
        var token = Guid.NewGuid().ToString("N");
        var result = (long)await redis.GetDatabase().ScriptEvaluateAsync(
            LuaScripts.Claim,
            [_keys.Claim(msgId)],
            ["p:" + token, (long)pendingTtl.TotalMilliseconds]);
        return result switch
        {
            1 => new MessageClaim(ClaimStatus.Claimed, token),
            3 => new MessageClaim(ClaimStatus.Confirmed, null),
            _ => new MessageClaim(ClaimStatus.Pending, null),
        };
    }

    /// <inheritdoc />
    public async Task<bool> ConfirmAsync(string msgId, string token, TimeSpan finalTtl)
    {
        ArgumentException.ThrowIfNullOrEmpty(msgId);
        ArgumentException.ThrowIfNullOrEmpty(token);
        ClaimTtl.EnsureFinal(finalTtl, nameof(finalTtl));
        var result = (long)await redis.GetDatabase().ScriptEvaluateAsync(
            LuaScripts.Confirm,
            [_keys.Claim(msgId)],
            ["p:" + token, "c:" + token, (long)finalTtl.TotalMilliseconds]);
        return result == 1;
    }

    /// <inheritdoc />
    public async Task<bool> ReleaseAsync(string msgId, string token)
    {
        ArgumentException.ThrowIfNullOrEmpty(msgId);
        ArgumentException.ThrowIfNullOrEmpty(token);
        var result = (long)await redis.GetDatabase().ScriptEvaluateAsync(
            LuaScripts.CompareAndDelete, [_keys.Claim(msgId)], ["p:" + token]);
        return result == 1;
    }
}
