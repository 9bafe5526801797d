using Kf.Coordination;
using Kf.Coordination.Tests.Backends;

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

    [Fact]
    public async Task Should_claim_the_new_msgids_and_report_the_others_in_order_when_a_page_is_claimed_at_once()
    {
        var (confirmed, pending, fresh) = (NewKey("msg"), NewKey("msg"), NewKey("msg"));
        var done = await Backend.Claims(1).TryClaimPendingAsync(confirmed, Long);
        await Backend.Claims(1).ConfirmAsync(confirmed, done.Token!, ClaimTtl.Final);
        await Backend.Claims(1).TryClaimPendingAsync(pending, Long);

        var claims = await Backend.Claims(0).TryClaimPendingManyAsync([_msgId, confirmed, pending, fresh], Long);

        Assert.Equal([ClaimStatus.Claimed, ClaimStatus.Confirmed, ClaimStatus.Pending, ClaimStatus.Claimed], claims.Select(c => c.Status));
        Assert.NotEqual(claims[0].Token, claims[3].Token);
        Assert.Equal(ClaimStatus.Pending, (await Backend.Claims(1).TryClaimPendingAsync(fresh, Long)).Status);
    }

    [Fact]
    public async Task Should_claim_a_msgid_once_when_it_appears_twice_in_one_batch()
    {
        var claims = await Backend.Claims().TryClaimPendingManyAsync([_msgId, _msgId], Long);

        Assert.Equal([ClaimStatus.Claimed, ClaimStatus.Pending], claims.Select(c => c.Status));
    }

    [Fact]
    public async Task Should_let_exactly_one_batch_take_each_msgid_when_10_claimers_race_over_one_page()
    {
        var page = Enumerable.Range(0, 100).Select(_ => NewKey("msg")).ToList();

        // Each claimer walks the page from a different point, so the races meet in the middle of batches.
        var claims = await RaceAsync(10, i => Backend.Claims(i).TryClaimPendingManyAsync([.. page.Skip(i * 10), .. page.Take(i * 10)], Long));

        var winners = claims.SelectMany((batch, i) => batch.Select((c, j) => (MsgId: page[(i * 10 + j) % page.Count], c.IsClaimed)))
            .Where(c => c.IsClaimed).Select(c => c.MsgId).ToList();
        Assert.Equal(page.Order(), winners.Order());
    }

    [Fact]
    public async Task Should_claim_nothing_when_a_batch_holds_an_empty_msgid()
    {
        await Assert.ThrowsAsync<ArgumentException>(() => Backend.Claims(0).TryClaimPendingManyAsync([_msgId, ""], Long));

        Assert.True((await Backend.Claims(1).TryClaimPendingAsync(_msgId, Long)).IsClaimed);
    }

    [Fact]
    public async Task Should_return_no_results_when_a_batch_is_empty()
    {
        Assert.Empty(await Backend.Claims().TryClaimPendingManyAsync([], Long));
        Assert.Empty(await Backend.Claims().ConfirmManyAsync([], ClaimTtl.Final));
        Assert.Empty(await Backend.Claims().ReleaseManyAsync([]));
    }

    [Fact]
    public async Task Should_confirm_the_held_claims_and_refuse_the_lapsed_one_when_confirmed_at_once()
    {
        var slow = await Backend.Claims(0).TryClaimPendingAsync(_msgId, Short);
        await Backend.AdvanceAsync(Short);
        var page = new[] { NewKey("msg"), NewKey("msg") };
        var held = await Backend.Claims(0).TryClaimPendingManyAsync(page, Long);

        var confirmed = await Backend.Claims(0).ConfirmManyAsync(
            [new HeldClaim(page[0], held[0].Token!), new HeldClaim(_msgId, slow.Token!), new HeldClaim(page[1], held[1].Token!)], ClaimTtl.Final);

        Assert.Equal([true, false, true], confirmed);
        Assert.Equal(
            [ClaimStatus.Confirmed, ClaimStatus.Claimed, ClaimStatus.Confirmed],
            (await Backend.Claims(1).TryClaimPendingManyAsync([page[0], _msgId, page[1]], Long)).Select(c => c.Status));
    }

    [Fact]
    public async Task Should_refuse_a_final_lifetime_when_a_batch_confirm_is_shorter_than_three_days()
    {
        var claim = await Backend.Claims().TryClaimPendingAsync(_msgId, Long);

        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(
            () => Backend.Claims().ConfirmManyAsync([new HeldClaim(_msgId, claim.Token!)], TimeSpan.FromDays(1)));
        Assert.Equal(ClaimStatus.Pending, (await Backend.Claims().TryClaimPendingAsync(_msgId, Long)).Status);
    }

    [Fact]
    public async Task Should_release_only_the_callers_pending_claims_when_released_at_once()
    {
        var (confirmed, other) = (NewKey("msg"), NewKey("msg"));
        var held = await Backend.Claims(0).TryClaimPendingManyAsync([_msgId, confirmed], Long);
        await Backend.Claims(0).ConfirmAsync(confirmed, held[1].Token!, ClaimTtl.Final);
        await Backend.Claims(1).TryClaimPendingAsync(other, Long);

        var released = await Backend.Claims(0).ReleaseManyAsync(
            [new HeldClaim(_msgId, held[0].Token!), new HeldClaim(confirmed, held[1].Token!), new HeldClaim(other, "not-the-token")]);

        Assert.Equal([true, false, false], released);
        Assert.Equal(
            [ClaimStatus.Claimed, ClaimStatus.Confirmed, ClaimStatus.Pending],
            (await Backend.Claims(1).TryClaimPendingManyAsync([_msgId, confirmed, other], Long)).Select(c => c.Status));
    }
}
