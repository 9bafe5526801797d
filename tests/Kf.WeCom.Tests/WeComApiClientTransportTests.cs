using System.Net;
using Kf.WeCom.Models;
using Kf.WeCom.Tests.Fakes;

namespace Kf.WeCom.Tests;

public sealed class WeComApiClientTransportTests
{
    private static readonly SyncMsgRequest Sync = new() { OpenKfId = "wk-account", Token = "callback-token" };

    [Fact]
    public async Task Should_throw_a_timeout_transport_error_when_wecom_does_not_answer_in_time()
    {
        var t = new TestClient(o => o.ApiTimeout = TimeSpan.FromMilliseconds(100));
        t.WeCom.Api = async (_, ct) =>
        {
            await Task.Delay(Timeout.Infinite, ct);
            return FakeWeCom.Error(0);
        };

        var error = await Assert.ThrowsAsync<WeComTransportException>(() => t.Client.SyncMsgAsync(Sync));

        Assert.True(error.IsTimeout);
        Assert.Equal("kf/sync_msg", error.Api);
    }

    [Fact]
    public async Task Should_throw_operation_canceled_when_the_caller_cancels()
    {
        var t = new TestClient();
        using var cancel = new CancellationTokenSource();
        t.WeCom.Api = async (_, ct) =>
        {
            await cancel.CancelAsync();
            await Task.Delay(Timeout.Infinite, ct);
            return FakeWeCom.Error(0);
        };

        var error = await Record.ExceptionAsync(() => t.Client.SyncMsgAsync(Sync, cancel.Token));

        Assert.IsAssignableFrom<OperationCanceledException>(error);
    }

    [Fact]
    public async Task Should_throw_a_transport_error_with_the_status_when_a_proxy_answers_502()
    {
        var t = new TestClient();
        t.WeCom.Api = (_, _) => Task.FromResult(new HttpResponseMessage(HttpStatusCode.BadGateway));

        var error = await Assert.ThrowsAsync<WeComTransportException>(() => t.Client.SyncMsgAsync(Sync));

        Assert.Equal(HttpStatusCode.BadGateway, error.StatusCode);
        Assert.False(error.IsTimeout);
    }

    [Fact]
    public async Task Should_throw_a_transport_error_when_the_body_is_not_json()
    {
        var t = new TestClient();
        t.WeCom.Api = (_, _) => Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent("<html>") });

        var error = await Assert.ThrowsAsync<WeComTransportException>(() => t.Client.SyncMsgAsync(Sync));

        Assert.IsAssignableFrom<System.Text.Json.JsonException>(error.InnerException);
    }

    [Fact]
    public async Task Should_wrap_network_errors_with_the_api_name()
    {
        var t = new TestClient();
        t.WeCom.Api = (_, _) => throw new HttpRequestException("Connection refused");

        var error = await Assert.ThrowsAsync<WeComTransportException>(() => t.Client.SyncMsgAsync(Sync));

        Assert.IsType<HttpRequestException>(error.InnerException);
        Assert.Equal("kf/sync_msg", error.Api);
    }

    [Fact]
    public async Task Should_always_send_open_kfid_and_read_the_batch_when_syncing()
    {
        var t = new TestClient();
        t.WeCom.Api = (_, _) => Task.FromResult(FakeWeCom.Json(SyncMsgSample.Json));

        var response = await t.Client.SyncMsgAsync(Sync with { Cursor = "c1", Limit = 500 });

        var request = t.WeCom.ApiRequests.Single();
        Assert.Equal("/cgi-bin/kf/sync_msg", request.Path);
        Assert.Equal("""{"open_kfid":"wk-account","cursor":"c1","token":"callback-token","limit":500}""", request.BodyText);
        Assert.Equal(24, response.MsgList.Count);
    }
}
