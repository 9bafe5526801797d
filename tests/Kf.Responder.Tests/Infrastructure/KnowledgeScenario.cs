using Kf.Knowledge.Import;
using Kf.Storage.Conversations;
using Kf.Storage.Knowledge;
using Microsoft.Extensions.DependencyInjection;

namespace Kf.Responder.Tests.Infrastructure;

/// <summary>
/// A simulator, a responder whose account answers from the profile <see cref="Profile"/>, optionally a
/// scripted model, on SQLite or MySQL. Knowledge is imported through the host's own importer.
/// </summary>
public sealed class KnowledgeScenario : IAsyncDisposable
{
    public const string Profile = "shop";

    /// <summary>Three FAQ pairs of a shop; the questions share few characters with each other.</summary>
    public const string FaqCsv = """
        question,answer
        运费怎么算？,满 99 元包邮，不满 99 元收运费 8 元。
        怎么申请退货？,签收 7 天内在 App「我的订单」里申请退货即可。
        客服几点上班？,客服每天 9:00 到 21:00 在线。

        """;

    /// <summary>A guide the model answers from.</summary>
    public const string WarrantyMarkdown = """
        # 保修政策

        ## 保修期

        所有电器整机保修一年，电机保修三年，保修期从签收之日起计算。

        ## 维修方式

        保修期内的故障可寄回上海维修中心免费维修，来回运费由我们承担。

        """;

    private readonly StorageUnderTest _storage;

    private KnowledgeScenario(StorageUnderTest storage, Sim sim, ResponderHost host, FakeOpenAi? model)
    {
        _storage = storage;
        Sim = sim;
        Host = host;
        Model = model;
    }

    public Sim Sim { get; }

    public ResponderHost Host { get; }

    /// <summary>The scripted model; null in FAQ mode (no <c>Llm:Provider</c>).</summary>
    public FakeOpenAi? Model { get; }

    public IKnowledgeStore Knowledge => Host.Services.GetRequiredService<IKnowledgeStore>();

    public static async Task<KnowledgeScenario> StartAsync(string storage, bool withModel, IDictionary<string, string?>? settings = null)
    {
        var database = await StorageUnderTest.StartAsync(storage);
        var sim = await Sim.StartAsync();
        var model = withModel ? await FakeOpenAi.StartAsync() : null;
        var all = model is null ? new Dictionary<string, string?>() : OpenAiScenario.OpenAiSettings(model);
        all[$"Knowledge:AccountProfiles:{sim.OpenKfId}"] = Profile;
        // Every replica checks the stored version this often; the tests import right before asking.
        all["Knowledge:RefreshInterval"] = "00:00:00.100";
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            all[key] = value;
        }

        var host = await ResponderHost.StartAsync(sim, database.Backend, all);
        return new KnowledgeScenario(database, sim, host, model);
    }

    public Task<ImportReport> ImportAsync(string name, string content, string profile = Profile) =>
        Host.Services.GetRequiredService<IKnowledgeImporter>().ImportAsync(profile, name, content, null, null, CancellationToken.None);

    /// <summary>The customer writes to the simulator (opening the session) and the syncer's message is published.</summary>
    public async Task<string> SayAsync(string customer, string text)
    {
        var msgId = await Sim.SayAsync(customer, text);
        await Host.PublishAsync(Host.Text(customer, msgId, text));
        return msgId;
    }

    /// <summary>The one reply to <paramref name="msgId"/> and its stored plan, once published.</summary>
    public async Task<(string Reply, AnswerPlan Plan)> ReplyAsync(string msgId)
    {
        await Eventually.WaitAsync(() => Host.Captured.For(msgId).Count > 0, $"the reply to {msgId}");
        var plan = await Eventually.WaitAsync(() => Host.Store.FindPlanAsync(msgId), p => p?.PublishedAt is not null, $"the published plan of {msgId}");
        return (string.Concat(Host.Captured.For(msgId).Select(s => s.Text)), plan!);
    }

    public async ValueTask DisposeAsync()
    {
        await Host.DisposeAsync();
        if (Model is not null)
        {
            await Model.DisposeAsync();
        }

        await Sim.DisposeAsync();
        await _storage.DisposeAsync();
    }
}
