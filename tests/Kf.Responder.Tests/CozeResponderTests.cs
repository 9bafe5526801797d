using Kf.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace Kf.Responder.Tests;

/// <summary>The responder with a scripted Coze v3 chat API (non-streamed: chat, retrieve, message list).</summary>
public sealed class CozeResponderTests
{
    [Fact]
    public async Task Should_reply_through_coze_as_the_internal_user_and_keep_the_conversation_when_a_customer_writes_twice()
    {
        await using var sim = await Sim.StartAsync();
        await using var coze = await FakeCoze.StartAsync();
        await using var host = await ResponderHost.StartAsync(sim, Backend.Embedded(), new Dictionary<string, string?>
        {
            ["Llm:Provider"] = "coze",
            ["Coze:BaseUrl"] = coze.BaseUrl,
            ["Coze:Token"] = FakeCoze.Token,
            ["Coze:BotId"] = FakeCoze.BotId,
            ["Coze:PollInterval"] = "00:00:00.010",
        });

        var first = await sim.SayAsync("wmKate", "你们几点关门？");
        await host.PublishAsync(host.Text("wmKate", first, "你们几点关门？"));
        await host.Captured.WaitForSendsAsync(1, "the first reply");
        var second = await sim.SayAsync("wmKate", "周末呢？");
        await host.PublishAsync(host.Text("wmKate", second, "周末呢？"));
        await host.Captured.WaitForSendsAsync(2, "the second reply");

        Assert.Equal("扣子答：你们几点关门？", Assert.Single(host.Captured.For(first)).Text);
        Assert.Equal("扣子答：周末呢？", Assert.Single(host.Captured.For(second)).Text);
        var customer = await host.Services.GetRequiredService<ICustomerStore>().GetOrCreateAsync(sim.OpenKfId, "wmKate");
        var chats = coze.Chats.ToList();
        Assert.Equal(2, chats.Count);
        Assert.All(chats, c => Assert.Equal(customer.UserId, (string?)c.Body["user_id"]));
        Assert.All(chats, c => Assert.Equal(FakeCoze.BotId, (string?)c.Body["bot_id"]));
        Assert.All(chats, c => Assert.False((bool)c.Body["stream"]!));
        Assert.Null(chats[0].ConversationId);
        var kept = await host.Services.GetRequiredService<ICustomerStore>().GetBackendStateAsync(customer.UserId, "coze", "conversation_id");
        Assert.NotNull(kept);
        Assert.Equal(kept, chats[1].ConversationId);
        Assert.All(coze.Authorizations, a => Assert.Equal($"Bearer {FakeCoze.Token}", a));
    }
}
