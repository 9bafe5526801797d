using Kf.Testing.Browser;
using Xunit.Abstractions;

namespace Kf.Simulator.Tests.Chat;

public sealed class ChatPageTests(ITestOutputHelper output)
{
    private const string Customer = "wmChromium01";

    private static async Task WaitForPageAsync(HeadlessChromium chromium, string expression, string what) =>
        await Eventually.WaitAsync(async () => await chromium.Page.EvaluateAsync(expression), v => v is JsonValue b && b.GetValue<bool>(), what, seconds: 30);

    [Fact]
    public async Task Should_deliver_typed_text_and_show_the_bot_reply_and_hand_off_when_used_in_a_browser()
    {
        await using var sim = await SimulatorHost.StartAsync();
        await using var chromium = await HeadlessChromium.StartAsync(new Uri(sim.BaseAddress, $"/sim/chat?customer={Customer}"));
        await WaitForPageAsync(chromium, "document.body.dataset.ready === '1'", "the chat page loaded");

        await chromium.Page.EvaluateAsync("document.getElementById('composer').focus()");
        await chromium.Page.SendAsync("Input.insertText", new JsonObject { ["text"] = "你好，我想咨询退货" });
        await chromium.Page.EvaluateAsync("document.getElementById('send').click()");

        var pulled = await Eventually.WaitAsync(
            () => sim.Client.SyncAllAsync(), all => all.Any(m => m.Str("external_userid") == Customer), "the typed message in sync_msg");
        Assert.Equal("你好，我想咨询退货", pulled.Single(m => m.Str("external_userid") == Customer)["text"]!.Str("content"));

        Assert.Equal(0, (await sim.Client.SendTextAsync("您好！请提供订单号，我来帮您办理退货。", customer: Customer)).Code());
        await WaitForPageAsync(chromium, "document.getElementById('messages').innerText.includes('请提供订单号')", "the bot reply on the page");

        await sim.Client.PostControlAsync($"sessions/{Customer}/state", new { service_state = 3, servicer_userid = "servicer_zhang" });
        await WaitForPageAsync(chromium, "document.getElementById('state').dataset.state === '3'", "the hand-off on the page");
        await WaitForPageAsync(chromium, "document.getElementById('messages').innerText.includes('servicer_zhang')", "the transfer notice on the page");

        var shot = await chromium.Page.SendAsync("Page.captureScreenshot", new JsonObject { ["format"] = "png" });
        var path = Path.Combine(AppContext.BaseDirectory, "screenshots", "chat-page.png");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        await File.WriteAllBytesAsync(path, Convert.FromBase64String(shot.Str("data")));
        output.WriteLine($"Screenshot: {path}");
        Console.WriteLine($"Screenshot: {path}");
        Assert.True(new FileInfo(path).Length > 10_000, "the screenshot is suspiciously small");
    }
}
