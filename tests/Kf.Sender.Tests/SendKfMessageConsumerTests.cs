using Kf.Storage;

namespace Kf.Sender.Tests;

// In-memory transport, SQLite, in-process coordination, the simulator over HTTP.
public sealed class SendKfMessageConsumerTests
{
    [Fact]
    public async Task Should_send_once_and_record_it_when_one_command_is_published()
    {
        await using var sender = await EmbeddedSender.StartAsync();
        var (customer, msgId) = await sender.Sim.CustomerWritesAsync();
        var part = sender.Sim.Part(customer, msgId, 1);

        await sender.Host.PublishAsync(part);
        var row = await sender.Host.FinalAsync(part);

        Assert.Equal(DeliveryStatus.Delivered, row.Status);
        Assert.Equal(1, row.Attempts);
        var sent = Assert.Single(await sender.Sim.SentAsync(customer));
        Assert.Equal(part.SendMsgId, (string)sent["msgid"]!);
        Assert.Equal(part.Text, (string)sent["content"]!);
        await Eventually.WaitAsync(() => sender.Host.Outcomes.Delivered.Count == 1, "KfMessageDelivered");
    }

    [Fact]
    public async Task Should_send_once_when_the_same_command_is_published_three_times()
    {
        await using var sender = await EmbeddedSender.StartAsync();
        var (customer, msgId) = await sender.Sim.CustomerWritesAsync();
        var part = sender.Sim.Part(customer, msgId, 1);

        await Task.WhenAll(sender.Host.PublishAsync(part), sender.Host.PublishAsync(part), sender.Host.PublishAsync(part));
        await sender.Host.FinalAsync(part);
        // The two other copies end as duplicates, at once or after waiting out the first one's claim.
        await Eventually.WaitAsync(() => sender.Host.Counters["kf.sender.duplicates"] == 2, "both extra copies dropped as duplicates");

        Assert.Single(await sender.Sim.SentAsync(customer));
        Assert.Equal(1, (await sender.Host.Ledger.FindAsync(part.SendMsgId))!.Attempts);
        Assert.Single(sender.Host.Outcomes.Delivered);
    }

    [Fact]
    public async Task Should_deliver_once_after_redelivery_when_send_msg_answers_95001_three_times()
    {
        await using var sender = await EmbeddedSender.StartAsync();
        var (customer, msgId) = await sender.Sim.CustomerWritesAsync();
        var part = sender.Sim.Part(customer, msgId, 1);
        await sender.Sim.FaultAsync(new { kind = "send_errcode", errcode = 95001, count = 3 });

        await sender.Host.PublishAsync(part);
        var row = await sender.Host.FinalAsync(part);

        Assert.Equal(DeliveryStatus.Delivered, row.Status);
        Assert.Equal(4, row.Attempts);
        Assert.Single(await sender.Sim.SentAsync(customer));
        Assert.Equal(3, sender.Host.Counters["kf.sender.retries"]);
    }

    [Fact]
    public async Task Should_deliver_once_when_the_access_token_was_revoked()
    {
        await using var sender = await EmbeddedSender.StartAsync();
        var (customer, msgId) = await sender.Sim.CustomerWritesAsync();
        var first = sender.Sim.Part(customer, msgId, 1);
        await sender.Host.PublishAsync(first);
        await sender.Host.FinalAsync(first);
        await sender.Sim.FaultAsync(new { kind = "token_revoke" });

        var second = sender.Sim.Part(customer, msgId, 2, first);
        await sender.Host.PublishAsync(second);
        var row = await sender.Host.FinalAsync(second);

        Assert.Equal(DeliveryStatus.Delivered, row.Status);
        Assert.Equal([first.SendMsgId, second.SendMsgId], (await sender.Sim.SentAsync(customer)).Select(s => (string)s["msgid"]!));
    }

    [Fact]
    public async Task Should_record_failed_with_the_reason_and_not_retry_when_a_human_holds_the_session()
    {
        await using var sender = await EmbeddedSender.StartAsync();
        var (customer, msgId) = await sender.Sim.CustomerWritesAsync();
        await sender.Sim.SetStateAsync(customer, 3);
        var part = sender.Sim.Part(customer, msgId, 1);

        await sender.Host.PublishAsync(part);
        var row = await sender.Host.FinalAsync(part);

        Assert.Equal(DeliveryStatus.Failed, row.Status);
        Assert.Equal(95018, row.ErrCode);
        Assert.Contains("95018", row.Reason);
        Assert.Equal(1, row.Attempts);
        Assert.Empty(await sender.Sim.SentAsync(customer));
        var failed = await Eventually.WaitAsync(() => Task.FromResult(sender.Host.Outcomes.Failed.ToList()), f => f.Count == 1, "KfMessageFailed");
        Assert.Equal(95018, failed[0].ErrCode);
        Assert.Equal(0, sender.Host.Counters["kf.sender.retries"]);
    }

    [Fact]
    public async Task Should_deliver_once_when_send_msg_answers_http_502_twice()
    {
        await using var sender = await EmbeddedSender.StartAsync();
        var (customer, msgId) = await sender.Sim.CustomerWritesAsync();
        var part = sender.Sim.Part(customer, msgId, 1);
        await sender.Sim.FaultAsync(new { kind = "http_status", api = "send_msg", status = 502, count = 2 });

        await sender.Host.PublishAsync(part);
        var row = await sender.Host.FinalAsync(part);

        Assert.Equal(DeliveryStatus.Delivered, row.Status);
        Assert.Equal(3, row.Attempts);
        Assert.Single(await sender.Sim.SentAsync(customer));
    }

    [Fact]
    public async Task Should_deliver_in_order_when_part_2_is_published_before_part_1()
    {
        await using var sender = await EmbeddedSender.StartAsync();
        var (customer, msgId) = await sender.Sim.CustomerWritesAsync();
        var one = sender.Sim.Part(customer, msgId, 1);
        var two = sender.Sim.Part(customer, msgId, 2, one);
        var three = sender.Sim.Part(customer, msgId, 3, two);

        await sender.Host.PublishAsync(three);
        await sender.Host.PublishAsync(two);
        await sender.Host.PublishAsync(one);
        await sender.Host.FinalAsync(three);

        Assert.Equal([one.SendMsgId, two.SendMsgId, three.SendMsgId], (await sender.Sim.SentAsync(customer)).Select(s => (string)s["msgid"]!));
    }

    [Fact]
    public async Task Should_record_failed_and_publish_it_when_95001_outlasts_max_attempts()
    {
        await using var sender = await EmbeddedSender.StartAsync(new Dictionary<string, string?> { ["Sender:MaxAttempts"] = "3" });
        var (customer, msgId) = await sender.Sim.CustomerWritesAsync();
        var part = sender.Sim.Part(customer, msgId, 1);
        await sender.Sim.FaultAsync(new { kind = "send_errcode", errcode = 95001, count = 10 });

        await sender.Host.PublishAsync(part);
        var row = await sender.Host.FinalAsync(part);

        Assert.Equal(DeliveryStatus.Failed, row.Status);
        Assert.Equal(95001, row.ErrCode);
        Assert.Equal(3, row.Attempts);
        Assert.Contains("Sender:MaxAttempts", row.Reason);
        Assert.Empty(await sender.Sim.SentAsync(customer));
        await Eventually.WaitAsync(() => sender.Host.Outcomes.Failed.Count == 1, "KfMessageFailed");
        Assert.Equal(1, sender.Host.Counters["kf.sender.failed"]);
    }
}
