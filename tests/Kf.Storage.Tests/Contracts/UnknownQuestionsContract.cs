using Kf.Storage.Knowledge;
using Kf.Storage.Sql;
using Kf.Storage.Tests.Backends;

namespace Kf.Storage.Tests.Contracts;

// The unknown-question log: once per msgid, grouped and counted for people, resolved by group.
public abstract class UnknownQuestionsContract<TBackend>(TBackend backend) : StoreContract<TBackend>(backend)
    where TBackend : StorageBackend
{
    private readonly string _profile = NewKey("p");
    private readonly string _account = NewKey("wk");

    private IKnowledgeStore Store => new SqlKnowledgeStore(Backend.Database, Time);

    [Fact]
    public async Task Should_store_the_question_once_when_the_same_msgid_is_recorded_twice()
    {
        var question = Question("运费多少？", "运费多少", "wm1", Start);

        await Store.RecordUnknownAsync(question);
        await Store.RecordUnknownAsync(question with { Question = "另一种说法", AskedAt = Start.AddMinutes(1) });

        var group = Assert.Single(await Store.ListUnknownAsync(_profile, includeResolved: true, limit: 10));
        Assert.Equal(new UnknownQuestionGroup("运费多少", "运费多少？", 1, 1, 0.25, Start, Start, null), group);
    }

    [Fact]
    public async Task Should_group_count_and_describe_the_questions_most_asked_first_when_listing()
    {
        // Recorded out of time order: the example is the latest wording by asked_at.
        await Store.RecordUnknownAsync(Question("运费多少？", "运费多少", "wm1", Start, 0.2));
        await Store.RecordUnknownAsync(Question("运费多少呀", "运费多少", "wm1", Start.AddMinutes(9), 0.3));
        await Store.RecordUnknownAsync(Question("运费 多少", "运费多少", "wm2", Start.AddMinutes(5), 0.5));
        await Store.RecordUnknownAsync(Question("怎么退货", "怎么退货", "wm3", Start.AddMinutes(20), 0.9));
        await Store.RecordUnknownAsync(Question("运费多少", "运费多少", "wm1", Start) with { Profile = NewKey("p"), MsgId = NewKey("msg") });

        var groups = await Store.ListUnknownAsync(_profile, includeResolved: false, limit: 10);

        Assert.Equal(
            [
                new UnknownQuestionGroup("运费多少", "运费多少呀", 3, 2, 0.5, Start, Start.AddMinutes(9), null),
                new UnknownQuestionGroup("怎么退货", "怎么退货", 1, 1, 0.9, Start.AddMinutes(20), Start.AddMinutes(20), null),
            ],
            groups);
        Assert.Equal(["运费多少"], (await Store.ListUnknownAsync(_profile, includeResolved: false, limit: 1)).Select(g => g.GroupKey));
    }

    [Fact]
    public async Task Should_hide_the_group_and_report_how_many_it_covered_when_it_is_resolved()
    {
        await Store.RecordUnknownAsync(Question("发票怎么开", "发票怎么开", "wm1", Start));
        await Store.RecordUnknownAsync(Question("发票怎么开？", "发票怎么开", "wm2", Start.AddMinutes(1)));
        await Store.RecordUnknownAsync(Question("几点发货", "几点发货", "wm1", Start.AddMinutes(2)));
        Time.Now = Start.AddHours(1);

        Assert.Equal(2, await Store.ResolveUnknownAsync(_profile, "发票怎么开"));
        Assert.Equal(0, await Store.ResolveUnknownAsync(_profile, "发票怎么开"));
        Assert.Equal(["几点发货"], (await Store.ListUnknownAsync(_profile, includeResolved: false, limit: 10)).Select(g => g.GroupKey));
        var all = await Store.ListUnknownAsync(_profile, includeResolved: true, limit: 10);
        Assert.Equal([("发票怎么开", 2, Start.AddHours(1)), ("几点发货", 1, (DateTimeOffset?)null)], all.Select(g => (g.GroupKey, g.Count, g.ResolvedAt)));

        await Store.RecordUnknownAsync(Question("发票能开吗", "发票怎么开", "wm3", Start.AddHours(2)));

        var open = await Store.ListUnknownAsync(_profile, includeResolved: false, limit: 10);
        Assert.Equal([("发票怎么开", 1, "发票能开吗"), ("几点发货", 1, "几点发货")], open.Select(g => (g.GroupKey, g.Count, g.Example)));
        var reopened = (await Store.ListUnknownAsync(_profile, includeResolved: true, limit: 10)).Single(g => g.GroupKey == "发票怎么开");
        Assert.Equal((3, 3, (DateTimeOffset?)null), (reopened.Count, reopened.Customers, reopened.ResolvedAt));
    }

    [Fact]
    public async Task Should_trim_and_bound_the_question_without_splitting_a_character_when_it_is_long()
    {
        await Store.RecordUnknownAsync(Question($"  {new string('问', 1500)}  ", "long", "wm1", Start));
        await Store.RecordUnknownAsync(Question($"{new string('a', 999)}😀 tail", "emoji", "wm1", Start.AddMinutes(1)));
        await Store.RecordUnknownAsync(Question("\t 有空格的问题 \n", "spaces", "wm1", Start.AddMinutes(2)));

        var examples = (await Store.ListUnknownAsync(_profile, includeResolved: false, limit: 10)).ToDictionary(g => g.GroupKey, g => g.Example);

        Assert.Equal(new string('问', KnowledgeLimits.MaxQuestionLength), examples["long"]);
        Assert.Equal(new string('a', 999), examples["emoji"]);
        Assert.Equal("有空格的问题", examples["spaces"]);
    }

    [Fact]
    public async Task Should_refuse_the_limit_when_it_is_out_of_range()
    {
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => Store.ListUnknownAsync(_profile, false, 0));
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => Store.ListUnknownAsync(_profile, false, -1));
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => Store.ListUnknownAsync(_profile, false, KnowledgeLimits.MaxListLimit + 1));
        Assert.Empty(await Store.ListUnknownAsync(_profile, false, KnowledgeLimits.MaxListLimit));
    }

    [Fact]
    public async Task Should_refuse_and_store_nothing_when_a_question_is_bad()
    {
        var good = Question("运费多少", "运费多少", "wm1", Start);

        await Assert.ThrowsAsync<ArgumentException>(() => Store.RecordUnknownAsync(good with { Profile = "" }));
        await Assert.ThrowsAsync<ArgumentException>(() => Store.RecordUnknownAsync(good with { Question = " \n " }));
        await Assert.ThrowsAsync<ArgumentException>(() => Store.RecordUnknownAsync(good with { GroupKey = "" }));
        await Assert.ThrowsAsync<ArgumentException>(() => Store.RecordUnknownAsync(good with { GroupKey = new string('k', KnowledgeLimits.MaxGroupKeyLength + 1) }));
        await Assert.ThrowsAsync<ArgumentException>(() => Store.RecordUnknownAsync(good with { MsgId = "" }));
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => Store.RecordUnknownAsync(good with { BestScore = 1.5 }));
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => Store.RecordUnknownAsync(good with { BestScore = double.NaN }));
        await Assert.ThrowsAsync<ArgumentException>(() => Store.ResolveUnknownAsync(_profile, " "));

        Assert.Empty(await Store.ListUnknownAsync(_profile, includeResolved: true, limit: 10));
    }

    private UnknownQuestion Question(string text, string groupKey, string customer, DateTimeOffset askedAt, double bestScore = 0.25) =>
        new(_profile, text, groupKey, _account, customer, NewKey("msg"), bestScore, askedAt);
}
