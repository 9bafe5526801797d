using Dapper;
using Kf.Storage;
using Microsoft.Data.Sqlite;

namespace Kf.Sender.Tests;

// send_msg is called once per part, not only delivered once: WeChat's own msgid dedup is not what
// keeps Kf correct, and every call spends the account's quota. Counted at the simulator's door.
public sealed class OnceOnlyTests
{
    [Fact]
    public async Task Should_call_send_msg_once_when_a_copy_arrives_while_send_msg_outlasts_the_claim_ttl()
    {
        await using var sender = await EmbeddedSender.StartAsync(new Dictionary<string, string?> { ["Sender:ClaimTtl"] = "00:00:01" });
        var (customer, msgId) = await sender.Sim.CustomerWritesAsync();
        var part = sender.Sim.Part(customer, msgId, 1);
        // Only the first call is slow: three claim lifetimes.
        await sender.Sim.FaultAsync(new { kind = "latency", api = "send_msg", ms = 3000, count = 1 });

        await sender.Host.PublishAsync(part);
        await Eventually.WaitAsync(sender.Sim.SendMsgCallsAsync, calls => calls == 1, "the first send_msg call under way");
        await sender.Host.PublishAsync(part);
        var row = await sender.Host.FinalAsync(part);
        // The copy ends either dropped as a duplicate or as a second call.
        var calls = await Eventually.WaitAsync(
            sender.Sim.SendMsgCallsAsync, n => n > 1 || sender.Host.Counters["kf.sender.duplicates"] == 1, "the copy settled");

        Assert.Equal(1, calls);
        Assert.Equal(1, row.Attempts);
        Assert.Single(await sender.Sim.SentAsync(customer));
    }

    [Fact]
    public async Task Should_record_without_calling_again_when_the_ledger_write_after_send_msg_fails_once()
    {
        var file = Backends.NewSqliteFile();
        await using var sim = await Sim.StartAsync();
        var settings = SenderHost.FastRetries();
        settings["Sender:ClaimTtl"] = "00:00:01";
        await using var host = await SenderHost.StartAsync(sim, Backends.Embedded(file), settings);
        await FailFirstDeliveredWriteAsync(file);
        var (customer, msgId) = await sim.CustomerWritesAsync();
        var part = sim.Part(customer, msgId, 1);

        await host.PublishAsync(part);
        var row = await host.FinalAsync(part);

        Assert.Equal(DeliveryStatus.Delivered, row.Status);
        Assert.Equal(0, await ArmedAsync(file));
        Assert.Equal(1, await sim.SendMsgCallsAsync());
        Assert.Equal(1, row.Attempts);
        await Eventually.WaitAsync(() => host.Outcomes.Delivered.Count == 1, "KfMessageDelivered");
    }

    // A real database failure, not a stand-in: the first write of a Delivered outcome aborts, and the
    // trigger disarms itself (RAISE(FAIL) keeps the changes made before it).
    private static async Task FailFirstDeliveredWriteAsync(string file)
    {
        await using var db = new SqliteConnection($"Data Source={file}");
        await db.ExecuteAsync("""
            CREATE TABLE test_faults (armed INTEGER NOT NULL);
            INSERT INTO test_faults VALUES (1);
            CREATE TRIGGER test_fail_first_delivered BEFORE UPDATE OF status ON deliveries
            WHEN NEW.status = 'Delivered' AND (SELECT armed FROM test_faults) = 1
            BEGIN
                UPDATE test_faults SET armed = 0;
                SELECT RAISE(FAIL, 'injected: the ledger write after send_msg failed');
            END;
            """);
    }

    private static async Task<long> ArmedAsync(string file)
    {
        await using var db = new SqliteConnection($"Data Source={file}");
        return await db.ExecuteScalarAsync<long>("SELECT armed FROM test_faults");
    }
}
