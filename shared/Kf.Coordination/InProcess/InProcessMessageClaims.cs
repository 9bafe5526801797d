namespace Kf.Coordination.InProcess;

/// <summary>
/// <see cref="IMessageClaims"/> for one process (the all-in-one host, tests): the same two-phase
/// semantics as Redis, with lifetimes measured on the given <see cref="TimeProvider"/>.
/// </summary>
public sealed class InProcessMessageClaims(TimeProvider? time = null) : IMessageClaims
{
    private readonly ExpiringMap<(bool Confirmed, string Token)> _claims = new(time ?? TimeProvider.System);
    private readonly Lock _gate = new();

    /// <inheritdoc />
    public Task<MessageClaim> TryClaimPendingAsync(string msgId, TimeSpan pendingTtl)
    {
        ArgumentException.ThrowIfNullOrEmpty(msgId);
        ClaimTtl.EnsurePositive(pendingTtl, nameof(pendingTtl));
        lock (_gate)
        {
            return Task.FromResult(Claim(msgId, pendingTtl));
        }
    }

    /// <inheritdoc />
    public Task<bool> ConfirmAsync(string msgId, string token, TimeSpan finalTtl)
    {
        ArgumentException.ThrowIfNullOrEmpty(msgId);
        ArgumentException.ThrowIfNullOrEmpty(token);
        ClaimTtl.EnsureFinal(finalTtl, nameof(finalTtl));
        lock (_gate)
        {
            return Task.FromResult(Confirm(msgId, token, finalTtl));
        }
    }

    /// <inheritdoc />
    public Task<bool> ReleaseAsync(string msgId, string token)
    {
        ArgumentException.ThrowIfNullOrEmpty(msgId);
        ArgumentException.ThrowIfNullOrEmpty(token);
        lock (_gate)
        {
            return Task.FromResult(Release(msgId, token));
        }
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<MessageClaim>> TryClaimPendingManyAsync(IReadOnlyList<string> msgIds, TimeSpan pendingTtl)
    {
        ClaimArguments.EnsureMsgIds(msgIds, nameof(msgIds));
        ClaimTtl.EnsurePositive(pendingTtl, nameof(pendingTtl));
        lock (_gate)
        {
            return Task.FromResult<IReadOnlyList<MessageClaim>>([.. msgIds.Select(msgId => Claim(msgId, pendingTtl))]);
        }
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<bool>> ConfirmManyAsync(IReadOnlyList<HeldClaim> claims, TimeSpan finalTtl)
    {
        ClaimArguments.EnsureHeld(claims, nameof(claims));
        ClaimTtl.EnsureFinal(finalTtl, nameof(finalTtl));
        lock (_gate)
        {
            return Task.FromResult<IReadOnlyList<bool>>([.. claims.Select(c => Confirm(c.MsgId, c.Token, finalTtl))]);
        }
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<bool>> ReleaseManyAsync(IReadOnlyList<HeldClaim> claims)
    {
        ClaimArguments.EnsureHeld(claims, nameof(claims));
        lock (_gate)
        {
            return Task.FromResult<IReadOnlyList<bool>>([.. claims.Select(c => Release(c.MsgId, c.Token))]);
        }
    }

    // The steps below run under _gate, one msgid each, as the Redis scripts do.
    private MessageClaim Claim(string msgId, TimeSpan pendingTtl)
    {
        if (_claims.TryGet(msgId, out var held, out _))
        {
            return new MessageClaim(held.Confirmed ? ClaimStatus.Confirmed : ClaimStatus.Pending, null);
        }

        var token = Guid.NewGuid().ToString("N");
        _claims.Set(msgId, (false, token), pendingTtl);
        return new MessageClaim(ClaimStatus.Claimed, token);
    }

    private bool Confirm(string msgId, string token, TimeSpan finalTtl)
    {
        if (!_claims.TryGet(msgId, out var held, out _) || held.Token != token)
        {
            return false;
        }

        if (!held.Confirmed)
        {
            _claims.Set(msgId, (true, token), finalTtl);
        }

        return true;
    }

    private bool Release(string msgId, string token)
    {
        var owned = _claims.TryGet(msgId, out var held, out _) && !held.Confirmed && held.Token == token;
        return owned && _claims.Remove(msgId);
    }
}
