using System.Text.RegularExpressions;
using Kf.Contracts;

namespace Kf.Contracts.Tests;

public sealed class SendMsgIdTests
{
    // A real inbound msgid is longer than send_msg accepts, which is why we derive one.
    private const string InboundMsgId = "from_msgid_4622416642169452483_1622519800_ABCDEFGHIJKLMNOP";

    [Fact]
    public void Should_fit_send_msg_rules_when_derived_from_a_long_inbound_msgid()
    {
        var id = SendKfMessage.CreateSendMsgId(InboundMsgId, 1);

        Assert.Matches(new Regex("^[0-9A-Za-z_-]{1,32}$"), id);
    }

    [Fact]
    public void Should_be_the_same_when_derived_twice_from_the_same_message_and_part()
    {
        Assert.Equal(SendKfMessage.CreateSendMsgId(InboundMsgId, 2), SendKfMessage.CreateSendMsgId(InboundMsgId, 2));
    }

    [Fact]
    public void Should_differ_when_the_part_or_the_message_differs()
    {
        var ids = new[]
        {
            SendKfMessage.CreateSendMsgId(InboundMsgId, 1),
            SendKfMessage.CreateSendMsgId(InboundMsgId, 2),
            SendKfMessage.CreateSendMsgId(InboundMsgId + "x", 1),
        };

        Assert.Equal(ids.Length, ids.Distinct().Count());
    }

    [Fact]
    public void Should_keep_its_value_when_the_formula_is_unchanged()
    {
        // Pinned (computed independently with Python's hashlib): a changed formula would resend
        // every answer in flight across a deploy.
        Assert.Equal("pQZlGqVuTzQR3Rcm5Cr78QGlA_SuwCc9", SendKfMessage.CreateSendMsgId("m1", 1));
    }

    [Theory]
    [InlineData("", 1)]
    [InlineData("m1", 0)]
    public void Should_refuse_when_the_source_or_part_is_invalid(string source, int part)
    {
        Assert.ThrowsAny<ArgumentException>(() => SendKfMessage.CreateSendMsgId(source, part));
    }
}
