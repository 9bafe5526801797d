using Kf.Contracts;
using Xunit.Abstractions;

namespace Kf.EndToEnd.Tests;

[Collection(EndToEndCollection.Name)]
public sealed class TokenRevokeTests(ITestOutputHelper output)
{
    [Fact]
    public async Task Should_answer_the_next_message_once_when_the_access_token_is_revoked_mid_run()
    {
        await using var pipeline = await Pipeline.StartAsync(output);
        var first = await pipeline.Sim.SayAsync("wmErin", "第一个问题");
        await pipeline.WaitForSentAsync(1, "the reply before the revocation");
        var tokensBefore = await TokensIssuedAsync(pipeline.Sim);

        // Every token issued so far is dead: syncer, responder and sender all meet 40014 on their next call.
        await pipeline.Sim.FaultAsync(new { kind = "token_revoke" });
        var second = await pipeline.Sim.SayAsync("wmErin", "第二个问题");

        await pipeline.WaitForSentAsync(2, "the reply after the revocation");
        await Intake.SettleAsync();
        Assert.Equal(
            [
                new SentMessage(SendKfMessage.CreateSendMsgId(first, 1), "wmErin", "答：第一个问题"),
                new SentMessage(SendKfMessage.CreateSendMsgId(second, 1), "wmErin", "答：第二个问题"),
            ],
            await pipeline.Sim.SentAsync());
        Assert.True(await TokensIssuedAsync(pipeline.Sim) > tokensBefore, "no new token was fetched: the revocation was never met");
    }

    private static async Task<long> TokensIssuedAsync(Sim sim) => (long?)(await sim.StatsAsync())["api_calls"]!["gettoken"] ?? 0;
}
