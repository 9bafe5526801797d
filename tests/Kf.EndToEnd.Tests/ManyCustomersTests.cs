using Kf.Contracts;
using Xunit.Abstractions;

namespace Kf.EndToEnd.Tests;

[Collection(EndToEndCollection.Name)]
public sealed class ManyCustomersTests(ITestOutputHelper output)
{
    private const int Customers = 50;
    private const int MessagesEach = 4;

    [Fact]
    public async Task Should_answer_every_message_once_and_in_order_per_customer_when_50_customers_write_200_messages_at_once_to_3_responders__invariants_2_once_and_4_order()
    {
        await using var pipeline = await Pipeline.StartAsync(output, responders: 3);

        // Customers side by side, each one's messages one after another: only then is "their order" defined.
        var written = await Task.WhenAll(Enumerable.Range(1, Customers).Select(async c =>
        {
            var customer = $"wmCustomer{c:D2}";
            var messages = new List<(string MsgId, string Text)>();
            for (var m = 1; m <= MessagesEach; m++)
            {
                var text = $"{customer} 的第 {m} 个问题";
                messages.Add((await pipeline.Sim.SayAsync(customer, text), text));
            }

            return (Customer: customer, Messages: messages);
        }));

        await pipeline.WaitForSentAsync(Customers * MessagesEach, "200 replies in /sim/sent", seconds: 120);
        await Intake.SettleAsync();
        // Three replicas competed for the queue to the end: none crashed and left the work to the others.
        Assert.All(pipeline.Responders.Values, responder => Assert.False(responder.HasExited, $"{responder.Name} exited"));
        var sent = await pipeline.Sim.SentAsync();
        Assert.Equal(Customers * MessagesEach, sent.Count);
        foreach (var (customer, messages) in written)
        {
            // The fake model's answer names the question, so each reply shows which message it answers.
            var expected = messages.Select(m => new SentMessage(SendKfMessage.CreateSendMsgId(m.MsgId, 1), customer, "答：" + m.Text));
            Assert.Equal(expected, sent.Where(s => s.Customer == customer));
        }
    }
}
