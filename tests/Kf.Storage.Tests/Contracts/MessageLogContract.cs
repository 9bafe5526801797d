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
