using System.Diagnostics;
using System.Globalization;
using Kf.Contracts;
using Kf.Coordination;
using Kf.Storage;
using Kf.WeCom.Api;
using Kf.WeCom.Models;
using Kf.WeCom.Models.Outgoing;
using Microsoft.Extensions.DependencyInjection;
using Kf.Testing.Simulation;

namespace Kf.Sender.Bench;

/// <summary>
/// One operation at a time, each of the steps a part goes through, on the sender's own services:
/// where a send's time goes when nothing else in the sender competes.
/// </summary>
internal static class Profile
{
    public static async Task RunAsync(InProcessSimulator sim, SenderUnderTest sender, int n)
    {
        var ledger = sender.Services.GetRequiredService<IDeliveryLedger>();
        var rate = sender.Services.GetRequiredService<IRateCounter>();
        var api = sender.Services.GetRequiredService<WeComApiClient>();
        var customers = await Task.WhenAll(Enumerable.Range(0, n).Select(_ => sim.CustomerWritesAsync()));
        var rows = customers.Select((c, i) => new Delivery
        {
            SendMsgId = SendKfMessage.CreateSendMsgId(c.MsgId, 1),
            OpenKfId = sim.OpenKfId,
            ExternalUserId = c.Customer,
            SourceMsgId = c.MsgId,
            Part = 1,
        }).ToArray();

        await TimeAsync("ledger FindAllAsync (part + predecessor)", n, i => ledger.FindAllAsync([rows[i].SendMsgId, rows[(i + 1) % n].SendMsgId]));
        await TimeAsync("ledger TryClaimAsync", n, i => ledger.TryClaimAsync(rows[i], TimeSpan.FromMinutes(2)));
        await TimeAsync("Redis rate unit", n, _ => rate.TryAcquireAsync($"sender:rate:{sim.OpenKfId}", 1_000_000, TimeSpan.FromSeconds(1)));
        await TimeAsync("send_msg (simulator, loopback)", n, i => api.SendMsgAsync(new SendMsgRequest
        {
            ToUser = rows[i].ExternalUserId,
            OpenKfId = sim.OpenKfId,
            MsgId = rows[i].SendMsgId,
            Message = KfOutgoingMessage.Text("profile"),
        }));
        await TimeAsync("ledger TryFinishAsync", n, i => ledger.TryFinishAsync(rows[i] with { Status = DeliveryStatus.Delivered, Attempts = 1 }));
    }

    private static async Task TimeAsync<T>(string what, int n, Func<int, Task<T>> operation)
    {
        var times = new double[n];
        for (var i = 0; i < n; i++)
        {
            var started = Stopwatch.GetTimestamp();
            await operation(i);
            times[i] = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        }

        Array.Sort(times);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  {what,-42} p50 {times[n / 2],6:F2} ms  p90 {times[n * 9 / 10],6:F2} ms  p99 {times[Math.Min(n - 1, n * 99 / 100)],6:F2} ms"));
    }
}
