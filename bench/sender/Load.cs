using System.Diagnostics;
using Kf.Contracts;
using Kf.Testing.Simulation;

namespace Kf.Sender.Bench;

/// <summary>
/// Publishes every part at once — customers × chain, part k of a customer chained after part k−1 as
/// the responder chains them — and waits until the simulator has accepted them all.
/// </summary>
internal static class Load
{
    public static async Task<LoadResult> RunAsync(InProcessSimulator sim, SenderUnderTest sender, int parts, int chain)
    {
        var customers = await Task.WhenAll(Enumerable.Range(0, parts / chain).Select(_ => sim.CustomerWritesAsync()));
        var all = new List<SendKfMessage>(parts);
        foreach (var (customer, msgId) in customers)
        {
            SendKfMessage? previous = null;
            for (var k = 1; k <= chain; k++)
            {
                previous = new SendKfMessage
                {
                    SendMsgId = SendKfMessage.CreateSendMsgId(msgId, k),
                    OpenKfId = sim.OpenKfId,
                    ExternalUserId = customer,
                    SourceMsgId = msgId,
                    Part = k,
                    MsgType = "text",
                    Text = $"第 {k} 段 part {k}",
                    PreviousSendMsgId = previous?.SendMsgId,
                };
                all.Add(previous);
            }
        }

        var callsBefore = await sim.SendMsgCallsAsync();
        var holdsBefore = sender.Holds;
        var started = Stopwatch.GetTimestamp();
        // A customer's parts together, as the responder publishes one answer.
        foreach (var batch in all.Chunk(200))
        {
            await Task.WhenAll(batch.Select(sender.PublishAsync));
        }

        var deadline = TimeSpan.FromMinutes(10);
        while (true)
        {
            var stats = await sim.StatsAsync();
            var (calls, sent) = ((long?)stats["api_calls"]?["send_msg"] ?? 0, (long?)stats["sent_messages"] ?? 0);
            if (sent >= all.Count || Stopwatch.GetElapsedTime(started) > deadline)
            {
                return new LoadResult(Stopwatch.GetElapsedTime(started).TotalSeconds, calls - callsBefore, sender.Holds - holdsBefore);
            }

            await Task.Delay(50);
        }
    }
}
