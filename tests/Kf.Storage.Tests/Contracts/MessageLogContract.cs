using Kf.Storage.Sql;
using Kf.Storage.Tests.Backends;

namespace Kf.Storage.Tests.Contracts;

// Intake's durable record of every pulled msgid: once only, text kept whole.
public abstract class MessageLogContract<TBackend>(TBackend backend) : StoreContract<TBackend>(backend)
    where TBackend : StorageBackend
{
    private readonly string _account = NewKey("wk");

    private IMessageLog Log => new SqlMessageLog(Backend.Database, Time);

    [Fact]
    public async Task Should_record_once_and_report_false_when_the_msgid_repeats()
    {
        var entry = Entry(NewKey("msg"), Start);

        Assert.True(await Log.TryRecordAsync(entry));
        Assert.False(await Log.TryRecordAsync(entry with { Disposition = MessageDisposition.Stale }));
        Assert.Equal(MessageDisposition.Published, (await Log.FindAsync(entry.MsgId))!.Disposition);
    }

    [Fact]
    public async Task Should_record_exactly_once_when_20_callers_race_on_one_msgid()
    {
        var entry = Entry(NewKey("msg"), Start);

        var recorded = await RaceAsync(20, _ => Log.TryRecordAsync(entry));

        Assert.Single(recorded, r => r);
    }

    [Fact]
    public async Task Should_keep_chinese_and_emoji_when_raw_json_round_trips()
    {
        var entry = Entry(NewKey("msg"), Start) with
        {
            RawJson = """{"msgtype":"text","text":{"content":"你好，请问退款多久到账？😀👍🏽🀄"}}""",
        };

        await Log.TryRecordAsync(entry);

        Assert.Equal(entry with { RecordedAt = Start }, await Log.FindAsync(entry.MsgId));
    }

    [Fact]
    public async Task Should_keep_a_long_msgid_when_it_is_recorded()
    {
        var entry = Entry(new string('m', 200) + NewKey(""), Start) with { ExternalUserId = null, Origin = 4 };

        Assert.True(await Log.TryRecordAsync(entry));

        Assert.Equal(entry with { RecordedAt = Start }, await Log.FindAsync(entry.MsgId));
    }

    [Fact]
    public async Task Should_return_null_when_the_msgid_is_unknown()
    {
        Assert.Null(await Log.FindAsync(NewKey("msg")));
    }

    [Fact]
    public async Task Should_list_the_newest_in_send_time_order_when_an_account_has_more_than_the_limit()
    {
        var entries = Enumerable.Range(0, 4).Select(i => Entry(NewKey("msg"), Start.AddSeconds(10 - i))).ToList();
        foreach (var entry in entries)
        {
            await Log.TryRecordAsync(entry);
        }

        var listed = await Log.ListAsync(_account, limit: 3);

        Assert.Equal([entries[2].MsgId, entries[1].MsgId, entries[0].MsgId], listed.Select(e => e.MsgId));
    }

    [Fact]
    public async Task Should_record_the_new_entries_and_count_them_when_a_batch_holds_known_and_repeated_msgids()
    {
        var known = Entry(NewKey("msg"), Start);
        await Log.TryRecordAsync(known);
        var fresh = Enumerable.Range(0, 3).Select(i => Entry(NewKey("msg"), Start.AddSeconds(i))).ToList();

        var recorded = await Log.TryRecordManyAsync(
            [fresh[0], known with { Disposition = MessageDisposition.Stale }, fresh[1], fresh[0] with { Disposition = MessageDisposition.Ignored }, fresh[2]]);

        Assert.Equal(3, recorded);
        Assert.Equal(MessageDisposition.Published, (await Log.FindAsync(known.MsgId))!.Disposition);
        Assert.Equal(fresh[0] with { RecordedAt = Start }, await Log.FindAsync(fresh[0].MsgId));
    }

    [Fact]
    public async Task Should_record_every_entry_whole_when_a_batch_spans_several_statements()
    {
        var entries = Enumerable.Range(0, 250).Select(i => Entry(NewKey("msg"), Start.AddSeconds(i)) with
        {
            ExternalUserId = i % 7 == 0 ? null : $"wmCustomer{i % 13}",
            RawJson = $$$"""{"msgtype":"text","text":{"content":"第{{{i}}}条 😀"}}""",
        }).ToList();

        Assert.Equal(250, await Log.TryRecordManyAsync(entries));

        var listed = await Log.ListAsync(_account, limit: 1000);
        Assert.Equal(entries.Select(e => e with { RecordedAt = Start }), listed);
    }

    [Fact]
    public async Task Should_record_nothing_when_one_entry_of_a_batch_fails()
    {
        // The second statement of the batch fails (NOT NULL): the first must not stay behind.
        var entries = Enumerable.Range(0, 150).Select(i => Entry($"msg{i:D3}" + NewKey(""), Start)).ToList();
        entries[149] = entries[149] with { MsgType = null! };

        await Assert.ThrowsAnyAsync<Exception>(() => Log.TryRecordManyAsync(entries));

        Assert.Empty(await Log.FindRecordedAsync([.. entries.Select(e => e.MsgId)]));
    }

    [Fact]
    public async Task Should_refuse_a_batch_with_an_entry_without_msgid_and_record_nothing()
    {
        var entry = Entry(NewKey("msg"), Start);

        await Assert.ThrowsAsync<ArgumentException>(() => Log.TryRecordManyAsync([entry, entry with { MsgId = "" }]));

        Assert.Null(await Log.FindAsync(entry.MsgId));
    }

    [Fact]
    public async Task Should_record_each_msgid_exactly_once_when_10_callers_race_with_overlapping_batches()
    {
        var page = Enumerable.Range(0, 60).Select(i => Entry(NewKey("msg"), Start.AddSeconds(i))).ToList();

        // Each caller writes the page from a different point, as racing syncers with different pages would.
        var recorded = await RaceAsync(10, i => Log.TryRecordManyAsync([.. page.Skip(i * 6), .. page.Take(i * 6)]));

        Assert.Equal(60, recorded.Sum());
        Assert.Equal(60, (await Log.FindRecordedAsync([.. page.Select(e => e.MsgId)])).Count);
    }

    [Fact]
    public async Task Should_find_only_the_recorded_msgids_when_asked_for_many()
    {
        var recorded = Enumerable.Range(0, 600).Select(i => Entry(NewKey("msg"), Start)).ToList();
        await Log.TryRecordManyAsync(recorded);
        var unknown = Enumerable.Range(0, 5).Select(_ => NewKey("msg")).ToList();

        var found = await Log.FindRecordedAsync([.. unknown, .. recorded.Select(e => e.MsgId), recorded[0].MsgId]);

        Assert.Equal(recorded.Select(e => e.MsgId).Order(), found.Order());
        Assert.Empty(await Log.FindRecordedAsync([]));
        Assert.Equal(0, await Log.TryRecordManyAsync([]));
    }

    private MessageLogEntry Entry(string msgId, DateTimeOffset sendTime) => new()
    {
        MsgId = msgId,
        OpenKfId = _account,
        ExternalUserId = "wmAJ2GCAAAme1XQRC-NI-q0_ZM9ukoAw",
        Origin = 3,
        MsgType = "text",
        SendTime = sendTime,
        Disposition = MessageDisposition.Published,
        RawJson = """{"msgtype":"text"}""",
    };
}
