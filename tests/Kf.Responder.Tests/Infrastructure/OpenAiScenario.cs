namespace Kf.Responder.Tests.Infrastructure;

/// <summary>A simulator, a scripted OpenAI-compatible model and a responder (embedded stand-ins) wired together.</summary>
public sealed class OpenAiScenario : IAsyncDisposable
{
    private OpenAiScenario(Sim sim, FakeOpenAi model, ResponderHost host)
    {
        Sim = sim;
        Model = model;
        Host = host;
    }

    public Sim Sim { get; }

    public FakeOpenAi Model { get; }

    public ResponderHost Host { get; }

    public Captured Captured => Host.Captured;

    public static Dictionary<string, string?> OpenAiSettings(FakeOpenAi model) =>
        new(model.Settings) { ["Llm:SystemPrompt"] = "测试系统提示" };

    public static async Task<OpenAiScenario> StartAsync(IDictionary<string, string?>? settings = null)
    {
        var sim = await Sim.StartAsync();
        var model = await FakeOpenAi.StartAsync();
        var all = OpenAiSettings(model);
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            all[key] = value;
        }

        var host = await ResponderHost.StartAsync(sim, Backend.Embedded(), all);
        return new OpenAiScenario(sim, model, host);
    }

    /// <summary>The customer writes to the simulator (opening the session) and the syncer's message is published.</summary>
    public async Task<string> SayAsync(string customer, string text, DateTimeOffset? sendTime = null)
    {
        var msgId = await Sim.SayAsync(customer, text);
        await Host.PublishAsync(Host.Text(customer, msgId, text, sendTime));
        return msgId;
    }

    public async ValueTask DisposeAsync()
    {
        await Host.DisposeAsync();
        await Model.DisposeAsync();
        await Sim.DisposeAsync();
    }
}
