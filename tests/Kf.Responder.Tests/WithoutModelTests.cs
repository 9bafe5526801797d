using Kf.Storage.Conversations;

namespace Kf.Responder.Tests;

/// <summary>Replies that need no model: the configuration hint and the non-text reply.</summary>
public sealed class WithoutModelTests
{
    [Fact]
    public async Task Should_reply_with_how_to_configure_a_model_when_no_model_is_configured()
    {
        await using var sim = await Sim.StartAsync();
        await using var host = await ResponderHost.StartAsync(sim, Backend.Embedded());

        var msgId = await sim.SayAsync("wmLeo", "你好");
        await host.PublishAsync(host.Text("wmLeo", msgId, "你好"));
        await host.Captured.WaitForSendsAsync(1, "the hint");

        var text = Assert.Single(host.Captured.Sends).Text!;
        Assert.Contains("Llm:Provider", text);
        Assert.Contains("Coze:BotId", text);
        Assert.Equal(AnswerOutcome.NoModel, (await host.Store.FindPlanAsync(msgId))!.Outcome);
    }

    [Fact]
    public async Task Should_send_the_configured_polite_reply_when_the_customer_sends_an_image()
    {
        await using var sim = await Sim.StartAsync();
        await using var model = await FakeOpenAi.StartAsync();
        var settings = OpenAiScenario.OpenAiSettings(model);
        settings["Responder:NonTextReply"] = "图片收到啦，请用文字描述问题。";
        await using var host = await ResponderHost.StartAsync(sim, Backend.Embedded(), settings);
        var msgId = await sim.SayAsync("wmMia", "先打个招呼");

        await host.PublishAsync(host.Text("wmMia", msgId, "") with { MsgType = "image", Text = null, RawJson = "{\"msgtype\":\"image\",\"image\":{\"media_id\":\"m1\"}}" });
        await host.Captured.WaitForSendsAsync(1, "the polite reply");

        Assert.Equal("图片收到啦，请用文字描述问题。", Assert.Single(host.Captured.Sends).Text);
        Assert.Empty(model.Requests);
        Assert.Equal(AnswerOutcome.NonText, (await host.Store.FindPlanAsync(msgId))!.Outcome);
    }
}
