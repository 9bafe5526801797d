using Kf.Storage.Sql;
using Kf.Storage.Tests.Backends;

namespace Kf.Storage.Tests.Contracts;

// The syncer's cursor: fenced so that a syncer whose lease lapsed cannot move it backwards.
public abstract class CursorStoreContract<TBackend>(TBackend backend) : StoreContract<TBackend>(backend)
    where TBackend : StorageBackend
{
    private readonly string _account = NewKey("wk");

    private ICursorStore Store => new SqlCursorStore(Backend.Database, Time);

    [Fact]
    public async Task Should_return_null_when_no_cursor_was_saved()
    {
        Assert.Null(await Store.GetAsync(_account));
    }

    [Fact]
    public async Task Should_return_the_saved_cursor_when_read_back()
    {
        Assert.True(await Store.TrySaveAsync(_account, "4gw7MepFLfgF2VC5npN", 7));

        Assert.Equal(new SyncCursor(_account, "4gw7MepFLfgF2VC5npN", 7, Start), await Store.GetAsync(_account));
    }

    [Fact]
    public async Task Should_refuse_and_report_false_when_the_fence_is_lower()
    {
        Assert.True(await Store.TrySaveAsync(_account, "newer", 5));
        Time.Now = Start.AddSeconds(1);

        Assert.False(await Store.TrySaveAsync(_account, "older", 4));
        Assert.Equal(new SyncCursor(_account, "newer", 5, Start), await Store.GetAsync(_account));
    }

    [Fact]
    public async Task Should_accept_when_the_fence_is_equal_or_higher()
    {
        Assert.True(await Store.TrySaveAsync(_account, "a", 5));
        Assert.True(await Store.TrySaveAsync(_account, "b", 5));
        // The same holder writing the same cursor again within the same millisecond still took effect.
        Assert.True(await Store.TrySaveAsync(_account, "b", 5));
        Time.Now = Start.AddSeconds(1);
        Assert.True(await Store.TrySaveAsync(_account, "c", 6));

        Assert.Equal(new SyncCursor(_account, "c", 6, Start.AddSeconds(1)), await Store.GetAsync(_account));
    }

    [Fact]
    public async Task Should_never_move_the_cursor_backwards_when_20_writers_race_with_mixed_fences()
    {
        // Fences 1..5 spread over 20 writers; each cursor names its fence.
        var fences = Enumerable.Range(0, 20).Select(i => 1 + (i * 7 % 5)).ToArray();

        var saved = await RaceAsync(20, i => Store.TrySaveAsync(_account, $"fence-{fences[i]}-writer-{i}", fences[i]));

        var stored = await Store.GetAsync(_account);
        Assert.Equal(5, stored!.Fence);
        Assert.StartsWith("fence-5-", stored.Cursor);
        Assert.All(Enumerable.Range(0, 20).Where(i => fences[i] == 5), i => Assert.True(saved[i]));
        Assert.False(await Store.TrySaveAsync(_account, "stale", 4));
    }

    [Fact]
    public async Task Should_list_every_account_when_cursors_were_saved()
    {
        var other = NewKey("wk");
        await Store.TrySaveAsync(_account, "a", 1);
        await Store.TrySaveAsync(other, "b", 1);

        var accounts = await Store.ListAccountsAsync();

        Assert.Contains(_account, accounts);
        Assert.Contains(other, accounts);
        Assert.Equal(accounts.Count, accounts.Distinct().Count());
    }

    [Fact]
    public async Task Should_keep_accounts_apart_when_ids_differ_only_in_case()
    {
        await Store.TrySaveAsync(_account, "lower", 1);

        Assert.Null(await Store.GetAsync(_account.ToUpperInvariant()));
    }
}
