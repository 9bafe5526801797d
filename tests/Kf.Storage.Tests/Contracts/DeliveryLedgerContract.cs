using Kf.Storage.Sql;
using Kf.Storage.Tests.Backends;

namespace Kf.Storage.Tests.Contracts;

// The sender's once-only guard: one live claim at a time, a final row never changes.
public abstract class DeliveryLedgerContract<TBackend>(TBackend backend) : StoreContract<TBackend>(backend)
    where TBackend : StorageBackend
{
    private static readonly TimeSpan ClaimTtl = TimeSpan.FromMinutes(2);

    private IDeliveryLedger Ledger => new SqlDeliveryLedger(Backend.Database, Time);

    [Fact]
    public async Task Should_grant_one_claim_when_20_callers_race_on_one_send_msgid()
    {
        var delivery = Part();

        var claims = await RaceAsync(20, _ => Ledger.TryClaimAsync(delivery, ClaimTtl));

        Assert.Single(claims, c => c.Claimed);
        Assert.Equal(1, (await Ledger.FindAsync(delivery.SendMsgId))!.Attempts);
    }

    [Fact]
    public async Task Should_reclaim_and_count_an_attempt_when_the_claim_was_released_or_lapsed()
    {
        var delivery = Part();
        var first = await Ledger.TryClaimAsync(delivery, ClaimTtl);

        await Ledger.ReleaseAsync(delivery.SendMsgId, first.Row.Attempts);
        var second = await Ledger.TryClaimAsync(delivery, ClaimTtl);
        var held = await Ledger.TryClaimAsync(delivery, ClaimTtl);
        Time.Now = Start + ClaimTtl;
        var third = await Ledger.TryClaimAsync(delivery, ClaimTtl);

        Assert.True(second.Claimed);
        Assert.False(held.Claimed);
        Assert.Equal(DeliveryStatus.Sending, held.Row.Status);
        Assert.True(third.Claimed);
        Assert.Equal(3, third.Row.Attempts);
    }

    [Fact]
    public async Task Should_keep_the_claim_past_its_ttl_when_the_holder_renews_it()
    {
        var delivery = Part();
        var claim = await Ledger.TryClaimAsync(delivery, ClaimTtl);

        Time.Now = Start + ClaimTtl / 2;
        var renewed = await Ledger.RenewAsync(delivery.SendMsgId, claim.Row.Attempts, ClaimTtl);
        Time.Now = Start + ClaimTtl + TimeSpan.FromSeconds(1);
        var other = await Ledger.TryClaimAsync(delivery, ClaimTtl);

        Assert.True(renewed);
        Assert.False(other.Claimed);
        Assert.Equal(1, other.Row.Attempts);
    }

    [Fact]
    public async Task Should_leave_the_new_claim_alone_when_a_replaced_holder_renews_or_releases()
    {
        var delivery = Part();
        var stale = await Ledger.TryClaimAsync(delivery, ClaimTtl);
        Time.Now = Start + ClaimTtl;
        var current = await Ledger.TryClaimAsync(delivery, ClaimTtl);

        var renewed = await Ledger.RenewAsync(delivery.SendMsgId, stale.Row.Attempts, ClaimTtl * 5);
        await Ledger.ReleaseAsync(delivery.SendMsgId, stale.Row.Attempts);
        var third = await Ledger.TryClaimAsync(delivery, ClaimTtl);
        Time.Now = Start + ClaimTtl * 2;
        var afterLapse = await Ledger.TryClaimAsync(delivery, ClaimTtl);

        Assert.True(current.Claimed);
        Assert.False(renewed);
        Assert.False(third.Claimed);
        Assert.True(afterLapse.Claimed);
        Assert.Equal(3, afterLapse.Row.Attempts);
    }

    [Fact]
    public async Task Should_not_renew_when_the_row_is_final()
    {
        var delivery = Part();
        var claim = await Ledger.TryClaimAsync(delivery, ClaimTtl);
        await Ledger.TryFinishAsync(delivery with { Status = DeliveryStatus.Delivered, Attempts = 1 });

        Assert.False(await Ledger.RenewAsync(delivery.SendMsgId, claim.Row.Attempts, ClaimTtl));
    }

    [Fact]
    public async Task Should_find_the_rows_that_exist_when_asked_for_several()
    {
        var (one, two) = (Part(), Part());
        await Ledger.TryClaimAsync(one, ClaimTtl);
        await Ledger.TryFinishAsync(two with { Status = DeliveryStatus.Failed, Reason = "x" });

        var rows = await Ledger.FindAllAsync([one.SendMsgId, two.SendMsgId, NewKey("s")[..32]]);

        Assert.Equal(
            [(one.SendMsgId, DeliveryStatus.Sending), (two.SendMsgId, DeliveryStatus.Failed)],
            rows.Select(r => (r.SendMsgId, r.Status)).OrderBy(r => r.Status));
    }

    [Fact]
    public async Task Should_never_change_a_delivered_row_when_claimed_or_finished_again()
    {
        var delivery = Part();
        await Ledger.TryClaimAsync(delivery, ClaimTtl);

        Assert.True(await Ledger.TryFinishAsync(delivery with { Status = DeliveryStatus.Delivered, WeComMsgId = delivery.SendMsgId }));
        Assert.False(await Ledger.TryFinishAsync(delivery with { Status = DeliveryStatus.Failed, ErrCode = 95018, Reason = "late" }));
        Time.Now = Start + ClaimTtl * 3;
        var claim = await Ledger.TryClaimAsync(delivery, ClaimTtl);

        Assert.False(claim.Claimed);
        Assert.Equal(DeliveryStatus.Delivered, claim.Row.Status);
        Assert.Null(claim.Row.ErrCode);
        Assert.Equal(1, claim.Row.Attempts);
    }

    [Fact]
    public async Task Should_record_a_failure_with_its_reason_when_no_claim_was_taken()
    {
        var delivery = Part() with { Status = DeliveryStatus.Failed, ErrCode = 95018, Reason = "会话状态不允许发送 session state forbids sending" };

        Assert.True(await Ledger.TryFinishAsync(delivery));

        var stored = await Ledger.FindAsync(delivery.SendMsgId);
        Assert.Equal(delivery with { FirstAttemptAt = Start, UpdatedAt = Start }, stored);
    }

    [Fact]
    public async Task Should_return_null_when_the_send_msgid_is_unknown()
    {
        Assert.Null(await Ledger.FindAsync(NewKey("s")[..32]));
    }

    private static Delivery Part() => new()
    {
        SendMsgId = NewKey("s")[..32],
        OpenKfId = NewKey("wk"),
        ExternalUserId = NewKey("wm"),
        SourceMsgId = NewKey("msg"),
        Part = 2,
    };
}
