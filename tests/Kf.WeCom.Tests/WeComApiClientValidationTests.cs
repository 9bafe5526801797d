using Kf.WeCom.Models;
using Kf.WeCom.Models.Messages;
using Kf.WeCom.Models.Outgoing;
using Kf.WeCom.Tests.Fakes;

namespace Kf.WeCom.Tests;

public sealed class WeComApiClientValidationTests
{
    private readonly TestClient _t = new();

    [Theory]
    [InlineData("abcdefghijklmnopqrstuvwxyz0123456")] // 33 characters
    [InlineData("has space")]
    [InlineData("点")]
    [InlineData("a.b")]
    [InlineData("")]
    public async Task Should_reject_the_msgid_without_sending_when_it_breaks_the_rules(string msgId)
    {
        var error = await Assert.ThrowsAsync<ArgumentException>(() => _t.Client.SendMsgAsync(Text("hi", msgId)));

        Assert.Contains("msgid must be 1 to 32 characters of [0-9a-zA-Z_-]", error.Message);
        Assert.Empty(_t.WeCom.Requests);
    }

    [Fact]
    public async Task Should_send_when_the_msgid_has_32_allowed_characters()
    {
        await _t.Client.SendMsgAsync(Text("hi", "abcdefghijklmnopqrstuvwxyz_-0123"));

        Assert.Single(_t.WeCom.ApiRequests);
    }

    [Fact]
    public async Task Should_reject_text_over_2048_utf8_bytes_and_accept_exactly_2048()
    {
        var tooLong = new string('中', 682) + "ab"; // 2046 + 2 = 2048 bytes, then one more below
        await _t.Client.SendMsgAsync(Text(tooLong, "ok"));

        var error = await Assert.ThrowsAsync<ArgumentException>(() => _t.Client.SendMsgAsync(Text(tooLong + "c", "no")));

        Assert.Contains("2049", error.Message);
        Assert.Single(_t.WeCom.ApiRequests);
    }

    [Fact]
    public async Task Should_reject_a_menu_of_more_than_10_items()
    {
        var menu = new KfMsgMenuContent { List = [.. Enumerable.Range(0, 11).Select(i => KfMenuItem.ForClick($"{i}", "x"))] };
        var request = new SendMsgRequest { ToUser = "u", OpenKfId = "k", Message = KfOutgoingMessage.MsgMenu(menu) };

        await Assert.ThrowsAsync<ArgumentException>(() => _t.Client.SendMsgAsync(request));
    }

    [Fact]
    public async Task Should_reject_send_on_event_types_other_than_text_and_menu()
    {
        var request = new SendMsgOnEventRequest { Code = "c", Message = KfOutgoingMessage.Image("m") };

        var error = await Assert.ThrowsAsync<ArgumentException>(() => _t.Client.SendMsgOnEventAsync(request));

        Assert.Contains("only text and msgmenu", error.Message);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1001)]
    public async Task Should_reject_a_sync_limit_outside_1_to_1000(int limit)
    {
        var request = new SyncMsgRequest { OpenKfId = "k", Limit = limit };

        await Assert.ThrowsAsync<ArgumentException>(() => _t.Client.SyncMsgAsync(request));
        Assert.Empty(_t.WeCom.Requests);
    }

    [Fact]
    public async Task Should_reject_a_cursor_over_64_bytes_and_a_missing_open_kfid()
    {
        await Assert.ThrowsAsync<ArgumentException>(() => _t.Client.SyncMsgAsync(new SyncMsgRequest { OpenKfId = "k", Cursor = new string('c', 65) }));
        await Assert.ThrowsAsync<ArgumentException>(() => _t.Client.SyncMsgAsync(new SyncMsgRequest { OpenKfId = " " }));
        Assert.Empty(_t.WeCom.Requests);
    }

    [Fact]
    public async Task Should_reject_trans_to_a_human_without_a_servicer()
    {
        var request = new ServiceStateTransRequest { OpenKfId = "k", ExternalUserId = "u", ServiceState = ServiceState.ServedByHuman };

        await Assert.ThrowsAsync<ArgumentException>(() => _t.Client.TransServiceStateAsync(request));
    }

    [Fact]
    public async Task Should_reject_pages_and_batches_outside_their_limits()
    {
        await Assert.ThrowsAsync<ArgumentException>(() => _t.Client.ListAccountsAsync(new AccountListRequest(0, 101)));
        await Assert.ThrowsAsync<ArgumentException>(() => _t.Client.BatchGetCustomersAsync(new CustomerBatchGetRequest([])));
        await Assert.ThrowsAsync<ArgumentException>(() => _t.Client.AddContactWayAsync(new AddContactWayRequest("k", "场景")));
        Assert.Empty(_t.WeCom.Requests);
    }

    private static SendMsgRequest Text(string content, string msgId) =>
        new() { ToUser = "wm-user", OpenKfId = "wk-account", MsgId = msgId, Message = KfOutgoingMessage.Text(content) };
}
