using Kf.Coordination.Tests.Backends;
using Kf.Coordination;

namespace Kf.Coordination.Tests.Contracts;

// One puller per open_kfid, and a fence that shuts out a holder whose lease lapsed.
public abstract class LeasesContract<TBackend> : CoordinationContract<TBackend>
    where TBackend : ICoordinationBackend, new()
{
    private readonly string _key = NewKey("kf");

    [Fact]
    public async Task Should_grant_a_lease_when_the_key_is_free()
    {
        var lease = await Backend.Leases().TryAcquireAsync(_key, Long);

        Assert.NotNull(lease);
        Assert.Equal(_key, lease.Key);
        Assert.True(lease.Fence > 0);
    }

    [Fact]
    public async Task Should_refuse_a_second_holder_when_the_lease_is_held()
    {
        Assert.NotNull(await Backend.Leases(0).TryAcquireAsync(_key, Long));

        Assert.Null(await Backend.Leases(1).TryAcquireAsync(_key, Long));
    }

    [Fact]
    public async Task Should_grant_exactly_one_when_20_holders_race_for_one_key()
    {
        var leases = await RaceAsync(20, i => Backend.Leases(i).TryAcquireAsync(_key, Long));

        Assert.Single(leases, l => l is not null);
    }

    [Fact]
    public async Task Should_keep_keys_apart_when_two_accounts_are_leased()
    {
        Assert.NotNull(await Backend.Leases(0).TryAcquireAsync(_key, Long));

        Assert.NotNull(await Backend.Leases(1).TryAcquireAsync(_key + "-other", Long));
    }

    [Fact]
    public async Task Should_raise_the_fence_strictly_when_the_lease_changes_hands()
    {
        var fences = new List<long>();
        for (var i = 0; i < 5; i++)
        {
            var lease = await Backend.Leases(i).TryAcquireAsync(_key, Long);
            fences.Add(lease!.Fence);
            Assert.True(await Backend.Leases(i).ReleaseAsync(lease));
        }

        Assert.Equal(fences.Order(), fences);
        Assert.Equal(fences.Count, fences.Distinct().Count());
    }

    [Fact]
    public async Task Should_grant_a_higher_fence_and_shut_out_the_old_holder_when_its_lease_lapses()
    {
        var stale = await Backend.Leases(0).TryAcquireAsync(_key, Short);
        await Backend.AdvanceAsync(Short);

        var current = await Backend.Leases(1).TryAcquireAsync(_key, Long);

        Assert.NotNull(current);
        Assert.True(current.Fence > stale!.Fence);
        Assert.False(await Backend.Leases(0).RenewAsync(stale, Long));
        Assert.False(await Backend.Leases(0).ReleaseAsync(stale));
        Assert.Null(await Backend.Leases(0).TryAcquireAsync(_key, Long));
    }

    [Fact]
    public async Task Should_set_the_remaining_lifetime_when_the_holder_renews()
    {
        // Renewing to a short lifetime and letting it lapse proves renew sets the TTL without a
        // race against the clock.
        var lease = await Backend.Leases(0).TryAcquireAsync(_key, Long);
        Assert.True(await Backend.Leases(0).RenewAsync(lease!, Short));
        await Backend.AdvanceAsync(Short);

        Assert.NotNull(await Backend.Leases(1).TryAcquireAsync(_key, Long));
    }

    [Fact]
    public async Task Should_keep_the_lease_when_renewed_by_its_holder()
    {
        var lease = await Backend.Leases(0).TryAcquireAsync(_key, Long);

        Assert.True(await Backend.Leases(0).RenewAsync(lease!, Long));
        Assert.Null(await Backend.Leases(1).TryAcquireAsync(_key, Long));
    }

    [Fact]
    public async Task Should_not_release_when_the_token_is_not_the_holders()
    {
        var lease = await Backend.Leases(0).TryAcquireAsync(_key, Long);

        Assert.False(await Backend.Leases(1).ReleaseAsync(lease! with { Token = "not-the-token" }));
        Assert.Null(await Backend.Leases(1).TryAcquireAsync(_key, Long));
    }
}
