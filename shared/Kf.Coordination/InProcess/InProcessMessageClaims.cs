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
            if (_claims.TryGet(msgId, out var held, out _))
            {
                return Task.FromResult(new MessageClaim(held.Confirmed ? ClaimStatus.Confirmed : ClaimStatus.Pending, null));
            }

            var token = Guid.NewGuid().ToString("N");
            _claims.Set(msgId, (false, token), pendingTtl);
            return Task.FromResult(new MessageClaim(ClaimStatus.Claimed, token));
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
            if (!_claims.TryGet(msgId, out var held, out _) || held.Token != token)
            {
                return Task.FromResult(false);
            }

            if (!held.Confirmed)
            {
                _claims.Set(msgId, (true, token), finalTtl);
            }

            return Task.FromResult(true);
        }
    }

    /// <inheritdoc />
    public Task<bool> ReleaseAsync(string msgId, string token)
    {
        ArgumentException.ThrowIfNullOrEmpty(msgId);
        ArgumentException.ThrowIfNullOrEmpty(token);
        lock (_gate)
        {
            var owned = _claims.TryGet(msgId, out var held, out _) && !held.Confirmed && held.Token == token;
            return Task.FromResult(owned && _claims.Remove(msgId));
        }
    }
}
