using Kf.Coordination.Tests.Backends;
using Kf.Coordination;

namespace Kf.Coordination.Tests.Contracts;

// The msgid claim protocol every implementation keeps (invariant 2: once; invariant 3: nothing lost).
public abstract class MessageClaimsContract<TBackend> : CoordinationContract<TBackend>
    where TBackend : ICoordinationBackend, new()
{
    private readonly string _msgId = NewKey("msg");

    [Fact]
    public async Task Should_claim_when_the_msgid_is_new()
    {
        var claim = await Backend.Claims().TryClaimPendingAsync(_msgId, Long);

        Assert.Equal(ClaimStatus.Claimed, claim.Status);
        Assert.False(string.IsNullOrEmpty(claim.Token));
    }

    [Fact]
    public async Task Should_report_pending_when_another_holder_has_not_confirmed()
    {
        await Backend.Claims(0).TryClaimPendingAsync(_msgId, Long);

        var second = await Backend.Claims(1).TryClaimPendingAsync(_msgId, Long);

        Assert.Equal(new MessageClaim(ClaimStatus.Pending, null), second);
    }

    [Fact]
    public async Task Should_report_confirmed_when_the_msgid_was_published_before()
    {
        var first = await Backend.Claims(0).TryClaimPendingAsync(_msgId, Long);
        Assert.True(await Backend.Claims(0).ConfirmAsync(_msgId, first.Token!, ClaimTtl.Final));

        var again = await Backend.Claims(1).TryClaimPendingAsync(_msgId, Long);

        Assert.Equal(new MessageClaim(ClaimStatus.Confirmed, null), again);
    }

    [Fact]
    public async Task Should_let_exactly_one_win_when_50_claimers_race_for_one_msgid()
    {
        var claims = await RaceAsync(50, i => Backend.Claims(i).TryClaimPendingAsync(_msgId, Long));

        Assert.Single(claims, c => c.IsClaimed);
        Assert.Equal(49, claims.Count(c => c.Status == ClaimStatus.Pending));
    }

    [Fact]
    public async Task Should_let_the_msgid_be_claimed_again_when_a_pending_claim_expires()
    {
        var dead = await Backend.Claims(0).TryClaimPendingAsync(_msgId, Short);
        await Backend.AdvanceAsync(Short);

        var retry = await Backend.Claims(1).TryClaimPendingAsync(_msgId, Long);

        Assert.True(retry.IsClaimed);
        Assert.NotEqual(dead.Token, retry.Token);
    }

    [Fact]
    public async Task Should_refuse_to_confirm_when_the_pending_claim_lapsed_and_was_reclaimed()
    {
        var slow = await Backend.Claims(0).TryClaimPendingAsync(_msgId, Short);
        await Backend.AdvanceAsync(Short);
        var retry = await Backend.Claims(1).TryClaimPendingAsync(_msgId, Long);

        Assert.False(await Backend.Claims(0).ConfirmAsync(_msgId, slow.Token!, ClaimTtl.Final));
        Assert.True(await Backend.Claims(1).ConfirmAsync(_msgId, retry.Token!, ClaimTtl.Final));
    }

    [Fact]
    public async Task Should_refuse_to_confirm_when_the_pending_claim_lapsed()
    {
        var slow = await Backend.Claims().TryClaimPendingAsync(_msgId, Short);
        await Backend.AdvanceAsync(Short);

        Assert.False(await Backend.Claims().ConfirmAsync(_msgId, slow.Token!, ClaimTtl.Final));
    }

    [Fact]
    public async Task Should_keep_the_claim_when_confirmed_and_the_pending_lifetime_has_passed()
    {
        // Confirm replaces the pending lifetime with the final one.
        var claim = await Backend.Claims().TryClaimPendingAsync(_msgId, TimeSpan.FromSeconds(2));
        Assert.True(await Backend.Claims().ConfirmAsync(_msgId, claim.Token!, ClaimTtl.Final));
        await Backend.AdvanceAsync(TimeSpan.FromSeconds(2));

        Assert.Equal(ClaimStatus.Confirmed, (await Backend.Claims().TryClaimPendingAsync(_msgId, Long)).Status);
    }

    [Fact]
    public async Task Should_confirm_again_when_the_holder_repeats_its_confirm()
    {
        var claim = await Backend.Claims().TryClaimPendingAsync(_msgId, Long);
        await Backend.Claims().ConfirmAsync(_msgId, claim.Token!, ClaimTtl.Final);

        Assert.True(await Backend.Claims().ConfirmAsync(_msgId, claim.Token!, ClaimTtl.Final));
    }

    [Fact]
    public async Task Should_free_the_msgid_when_the_holder_releases_its_pending_claim()
    {
        var claim = await Backend.Claims(0).TryClaimPendingAsync(_msgId, Long);

        Assert.True(await Backend.Claims(0).ReleaseAsync(_msgId, claim.Token!));
        Assert.True((await Backend.Claims(1).TryClaimPendingAsync(_msgId, Long)).IsClaimed);
    }

    [Fact]
    public async Task Should_not_release_when_the_token_is_not_the_holders()
    {
        await Backend.Claims(0).TryClaimPendingAsync(_msgId, Long);

        Assert.False(await Backend.Claims(1).ReleaseAsync(_msgId, "not-the-token"));
        Assert.Equal(ClaimStatus.Pending, (await Backend.Claims(1).TryClaimPendingAsync(_msgId, Long)).Status);
    }

    [Fact]
    public async Task Should_not_release_when_the_claim_is_confirmed()
    {
        var claim = await Backend.Claims().TryClaimPendingAsync(_msgId, Long);
        await Backend.Claims().ConfirmAsync(_msgId, claim.Token!, ClaimTtl.Final);

        Assert.False(await Backend.Claims().ReleaseAsync(_msgId, claim.Token!));
        Assert.Equal(ClaimStatus.Confirmed, (await Backend.Claims().TryClaimPendingAsync(_msgId, Long)).Status);
    }

    [Fact]
    public async Task Should_refuse_a_final_lifetime_when_it_is_shorter_than_sync_msgs_three_days()
    {
        var claim = await Backend.Claims().TryClaimPendingAsync(_msgId, Long);

        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(
            () => Backend.Claims().ConfirmAsync(_msgId, claim.Token!, TimeSpan.FromDays(3) - TimeSpan.FromSeconds(1)));
    }
}
