using Kf.Storage.Conversations;
using Kf.Storage.Sql;
using Kf.Storage.Tests.Backends;

namespace Kf.Storage.Tests.Contracts;

// The responder's ledger, chain and memory: once per msgid, a chain that moves by compare-and-set,
// memory bounded in count and age, and the catch-up list in send_time order.
public abstract class ConversationStoreContract<TBackend>(TBackend backend) : StoreContract<TBackend>(backend)
    where TBackend : StorageBackend
{
    private readonly string _account = NewKey("wk");
    private readonly string _customer = NewKey("wm");

    private IConversationStore Store => new SqlConversationStore(Backend.Database, Time);

    [Fact]
    public async Task Should_store_one_plan_and_report_already_planned_when_the_same_msgid_is_saved_twice()
    {
        var msgId = NewKey("msg");
        var chain = await Store.GetChainAsync(_account, _customer);

        Assert.Equal(PlanSaveResult.Saved, await Store.SavePlanAsync(Plan(msgId, "first"), chain, null));
        Assert.Equal(PlanSaveResult.AlreadyPlanned, await Store.SavePlanAsync(Plan(msgId, "second"), chain, null));

        var stored = await Store.FindPlanAsync(msgId);
        Assert.Equal("first", Assert.Single(stored!.Parts).Text);
        Assert.Equal(new CustomerChain(stored.Parts[0].SendMsgId, 1), await Store.GetChainAsync(_account, _customer));
    }

    [Fact]
    public async Task Should_return_the_stored_parts_unpublished_until_marked_when_a_plan_is_read_back()
    {
        var msgId = NewKey("msg");
        var plan = Plan(msgId, "答案一", "答案二");
        await Store.SavePlanAsync(plan, await Store.GetChainAsync(_account, _customer), null);

        var stored = await Store.FindPlanAsync(msgId);
        Assert.Equal(plan.Parts, stored!.Parts);
        Assert.Equal((AnswerOutcome.Answered, "why", Start), (stored.Outcome, stored.Reason, stored.PlannedAt));
        Assert.Null(stored.PublishedAt);

        Time.Now = Start.AddSeconds(5);
        await Store.MarkPublishedAsync(msgId);
        Assert.Equal(Start.AddSeconds(5), (await Store.FindPlanAsync(msgId))!.PublishedAt);
        Assert.Null(await Store.FindPlanAsync(NewKey("msg")));
    }

    [Fact]
    public async Task Should_store_exactly_one_plan_when_ten_plans_race_on_the_same_chain()
    {
        var chain = await Store.GetChainAsync(_account, _customer);

        var results = await RaceAsync(10, i => Store.SavePlanAsync(Plan(NewKey("msg"), $"answer {i}"), chain, null));

        Assert.Equal(1, results.Count(r => r == PlanSaveResult.Saved));
        Assert.All(results, r => Assert.NotEqual(PlanSaveResult.AlreadyPlanned, r));
        Assert.Equal(1, (await Store.GetChainAsync(_account, _customer)).Version);
    }

    [Fact]
    public async Task Should_leave_the_chain_alone_when_a_plan_sends_nothing()
    {
        var msgId = NewKey("msg");

        await Store.SavePlanAsync(Plan(msgId) with { Outcome = AnswerOutcome.HumanHolds }, await Store.GetChainAsync(_account, _customer), null);

        Assert.Empty((await Store.FindPlanAsync(msgId))!.Parts);
        Assert.Equal(new CustomerChain(null, 0), await Store.GetChainAsync(_account, _customer));
    }

    [Fact]
    public async Task Should_keep_only_the_newest_messages_within_the_age_when_memory_grows()
    {
        var user = (await new SqlCustomerStore(Backend.Database, Time).GetOrCreateAsync(_account, _customer)).UserId;
        for (var i = 1; i <= 3; i++)
        {
            Time.Now = Start.AddMinutes(i);
            var memory = new MemoryUpdate(user, [new(MemoryTurn.User, $"q{i}", Time.Now), new(MemoryTurn.Assistant, $"a{i}", Time.Now)], new(4, Start));
            await Store.SavePlanAsync(Plan(NewKey("msg"), $"a{i}"), await Store.GetChainAsync(_account, _customer), memory);
        }

        Assert.Equal(["q2", "a2", "q3", "a3"], (await Store.RecentTurnsAsync(user, new(10, Start))).Select(t => t.Content));
        Assert.Equal(["q3", "a3"], (await Store.RecentTurnsAsync(user, new(10, Start.AddMinutes(3)))).Select(t => t.Content));
        Assert.Equal(["a3"], (await Store.RecentTurnsAsync(user, new(1, Start))).Select(t => t.Content));
    }

    [Fact]
    public async Task Should_list_the_unplanned_earlier_messages_in_send_time_order_when_catching_up()
    {
        var log = new SqlMessageLog(Backend.Database, Time);
        var ids = Enumerable.Range(1, 4).Select(i => $"{NewKey("msg")}-{i}").ToList();
        // Recorded out of send_time order; the second is already planned; the fourth is the one at hand.
        foreach (var i in new[] { 2, 0, 1, 3 })
        {
            await log.TryRecordAsync(Entry(ids[i], Start.AddSeconds(i)));
        }

        await Store.SavePlanAsync(Plan(ids[1]), await Store.GetChainAsync(_account, _customer), null);
        var other = await log.TryRecordAsync(Entry(NewKey("msg"), Start) with { ExternalUserId = NewKey("wm") });

        var earlier = await Store.ListUnplannedBeforeAsync(_account, _customer, ids[3], Start.AddSeconds(3), Start.AddHours(-1), 50);

        Assert.True(other);
        Assert.Equal([ids[0], ids[2]], earlier.Select(e => e.MsgId));
        Assert.Empty(await Store.ListUnplannedBeforeAsync(_account, _customer, ids[0], Start, Start.AddHours(-1), 50));
        Assert.Equal([ids[0]], (await Store.ListUnplannedBeforeAsync(_account, _customer, ids[3], Start.AddSeconds(3), Start.AddHours(-1), 1)).Select(e => e.MsgId));
    }

    private AnswerPlan Plan(string msgId, params string[] texts) => new()
    {
        MsgId = msgId,
        OpenKfId = _account,
        ExternalUserId = _customer,
        SendTime = Start,
        Outcome = AnswerOutcome.Answered,
        Reason = "why",
        Parts = texts.Select((text, i) => new PlannedPart(i + 1, $"{msgId[..8]}-{i + 1}", i == 0 ? null : $"{msgId[..8]}-{i}", text)).ToList(),
    };

    private MessageLogEntry Entry(string msgId, DateTimeOffset sendTime) => new()
    {
        MsgId = msgId,
        OpenKfId = _account,
        ExternalUserId = _customer,
        Origin = 3,
        MsgType = "text",
        SendTime = sendTime,
        Disposition = MessageDisposition.Published,
        RawJson = "{}",
    };
}
