using Kf.Testing.Browser;
using Xunit.Abstractions;

namespace Kf.AllInOne.Tests;

/// <summary>What a newcomer does first: open the chat page the host prints, type, read the answer.</summary>
public sealed class ChatPageTests(ITestOutputHelper output)
{
    private const string Customer = "wmBrowser01";

    private static Task WaitForPageAsync(HeadlessChromium chromium, string expression, string what) =>
        Eventually.WaitAsync(async () => await chromium.Page.EvaluateAsync(expression), v => v is JsonValue b && b.GetValue<bool>(), what, seconds: 30);

    [Fact]
    public async Task Should_show_the_bots_reply_on_the_chat_page_when_a_customer_types_in_the_browser()
    {
        // Out of the box: no model, the sample shop's FAQ.
        await using var host = await AllInOneHost.StartAsync();
        await using var chromium = await HeadlessChromium.StartAsync(new Uri(host.Address, $"/sim/chat?customer={Customer}"));
        await WaitForPageAsync(chromium, "document.body.dataset.ready === '1'", "the chat page loaded");

        await chromium.Page.EvaluateAsync("document.getElementById('composer').focus()");
        await chromium.Page.SendAsync("Input.insertText", new JsonObject { ["text"] = "运费怎么算？包邮吗？" });
        await chromium.Page.EvaluateAsync("document.getElementById('send').click()");

        await WaitForPageAsync(chromium, "document.getElementById('messages').innerText.includes('满 99 元全国包邮')", "the bot's reply on the page");
        Assert.Single(await host.SentAsync(Customer));
        var shot = await chromium.Page.SendAsync("Page.captureScreenshot", new JsonObject { ["format"] = "png" });
        var path = Path.Combine(AppContext.BaseDirectory, "screenshots", "allinone-chat-page.png");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        await File.WriteAllBytesAsync(path, Convert.FromBase64String((string)shot["data"]!));
        output.WriteLine($"Screenshot: {path}");
        Assert.True(new FileInfo(path).Length > 10_000, "the screenshot is suspiciously small");
    }
}
