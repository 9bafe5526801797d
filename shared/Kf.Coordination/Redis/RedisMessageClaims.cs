using StackExchange.Redis;

namespace Kf.Coordination.Redis;

/// <summary>
/// <see cref="IMessageClaims"/> on Redis: the claim key holds <c>p:&lt;token&gt;</c> while pending
/// (SET NX PX) and <c>c:&lt;token&gt;</c> once confirmed; confirm and release are Lua compare-and-set.
/// A batch is one script per msgid, pipelined in one <see cref="IBatch"/>: one round trip, each msgid
/// atomic on its own, and cluster-safe (one script over many claim keys would need them in one hash slot).
/// </summary>
public sealed class RedisMessageClaims(IConnectionMultiplexer redis, RedisKeys? keys = null) : IMessageClaims
{
    private readonly RedisKeys _keys = keys ?? RedisKeys.Default;

    /// <inheritdoc />
    public async Task<MessageClaim> TryClaimPendingAsync(string msgId, TimeSpan pendingTtl)
    {
        ArgumentException.ThrowIfNullOrEmpty(msgId);
        return (await TryClaimPendingManyAsync([msgId], pendingTtl))[0];
    }

    /// <inheritdoc />
    public async Task<bool> ConfirmAsync(string msgId, string token, TimeSpan finalTtl)
    {
        ArgumentException.ThrowIfNullOrEmpty(msgId);
        ArgumentException.ThrowIfNullOrEmpty(token);
        return (await ConfirmManyAsync([new HeldClaim(msgId, token)], finalTtl))[0];
    }

    /// <inheritdoc />
    public async Task<bool> ReleaseAsync(string msgId, string token)
    {
        ArgumentException.ThrowIfNullOrEmpty(msgId);
        ArgumentException.ThrowIfNullOrEmpty(token);
        return (await ReleaseManyAsync([new HeldClaim(msgId, token)]))[0];
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<MessageClaim>> TryClaimPendingManyAsync(IReadOnlyList<string> msgIds, TimeSpan pendingTtl)
    {
        ClaimArguments.EnsureMsgIds(msgIds, nameof(msgIds));
        ClaimTtl.EnsurePositive(pendingTtl, nameof(pendingTtl));
        var tokens = msgIds.Select(_ => Guid.NewGuid().ToString("N")).ToArray();
        var ms = (long)pendingTtl.TotalMilliseconds;
        var results = await EvaluateAllAsync(LuaScripts.Claim, msgIds.Count, i => _keys.Claim(msgIds[i]), i => ["p:" + tokens[i], ms]);
        return [.. results.Select((result, i) => result switch
        {
            1 => new MessageClaim(ClaimStatus.Claimed, tokens[i]),
            3 => new MessageClaim(ClaimStatus.Confirmed, null),
            _ => new MessageClaim(ClaimStatus.Pending, null),
        })];
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<bool>> ConfirmManyAsync(IReadOnlyList<HeldClaim> claims, TimeSpan finalTtl)
    {
        ClaimArguments.EnsureHeld(claims, nameof(claims));
        ClaimTtl.EnsureFinal(finalTtl, nameof(finalTtl));
        var ms = (long)finalTtl.TotalMilliseconds;
        var results = await EvaluateAllAsync(
            LuaScripts.Confirm, claims.Count, i => _keys.Claim(claims[i].MsgId), i => ["p:" + claims[i].Token, "c:" + claims[i].Token, ms]);
        return [.. results.Select(result => result == 1)];
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<bool>> ReleaseManyAsync(IReadOnlyList<HeldClaim> claims)
    {
        ClaimArguments.EnsureHeld(claims, nameof(claims));
        var results = await EvaluateAllAsync(
            LuaScripts.CompareAndDelete, claims.Count, i => _keys.Claim(claims[i].MsgId), i => ["p:" + claims[i].Token]);
        return [.. results.Select(result => result == 1)];
    }

    // Queued in one batch so the commands leave together; Redis answers them in order.
    private async Task<long[]> EvaluateAllAsync(string script, int count, Func<int, RedisKey> key, Func<int, RedisValue[]> arguments)
    {
        if (count == 0)
        {
            return [];
        }

        var batch = redis.GetDatabase().CreateBatch();
        var pending = new Task<RedisResult>[count];
        for (var i = 0; i < count; i++)
        {
            pending[i] = batch.ScriptEvaluateAsync(script, [key(i)], arguments(i));
        }

        batch.Execute();
        return [.. (await Task.WhenAll(pending)).Select(result => (long)result)];
    }
}
