using Kf.WeCom.Models;
using Kf.WeCom.Models.Outgoing;
using Kf.WeCom.Tests.Fakes;

namespace Kf.WeCom.Tests;

public sealed class WeComApiClientTokenTests
{
    private readonly TestClient _t = new();

    [Fact]
    public async Task Should_call_gettoken_once_when_100_callers_start_together()
    {
        _t.WeCom.TokenGate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var calls = Enumerable.Range(0, 100).Select(i => _t.NewClient().SendMsgAsync(Text($"m{i}"))).ToArray();
        _t.WeCom.TokenGate.SetResult();
        await Task.WhenAll(calls);

        Assert.Equal(1, _t.WeCom.TokenCalls);
        Assert.All(_t.WeCom.ApiRequests, r => Assert.Equal("token-1", r.AccessToken));
        Assert.Equal(100, _t.WeCom.ApiRequests.Count());
    }

    [Fact]
    public async Task Should_send_corpid_and_secret_to_gettoken_and_reuse_the_token_until_refresh_ahead()
    {
        await _t.Client.SendMsgAsync(Text("m1"));
        _t.Time.Advance(TimeSpan.FromSeconds(7200 - 300 - 1));
        await _t.Client.SendMsgAsync(Text("m2"));
        _t.Time.Advance(TimeSpan.FromSeconds(2));
        await _t.Client.SendMsgAsync(Text("m3"));

        var gettoken = _t.WeCom.Requests.First();
        Assert.Equal((TestClient.CorpId, TestClient.Secret), (gettoken.Query("corpid"), gettoken.Query("corpsecret")));
        Assert.Equal(["token-1", "token-1", "token-2"], _t.WeCom.ApiRequests.Select(r => r.AccessToken));
    }

    [Theory]
    [InlineData(40014)]
    [InlineData(42001)]
    [InlineData(40001)]
    public async Task Should_refresh_once_and_succeed_when_the_token_is_rejected(int errCode)
    {
        _t.WeCom.Api = (r, _) => Task.FromResult(r.AccessToken == "token-1" ? FakeWeCom.Error(errCode) : Ok("sent"));

        var response = await _t.Client.SendMsgAsync(Text("m1"));

        Assert.Equal("sent", response.MsgId);
        Assert.Equal(2, _t.WeCom.TokenCalls);
    }

    [Fact]
    public async Task Should_refresh_once_when_100_callers_all_see_40014()
    {
        await _t.Client.SendMsgAsync(Text("warm-up"));
        // All 100 requests carry token-1. The first is rejected once all have arrived; the other 99
        // only after the new token is in use, so their invalidations come late and must not drop it.
        var arrived = 0;
        var allArrived = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var newTokenInUse = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        _t.WeCom.Api = async (r, _) =>
        {
            if (r.AccessToken != "token-1")
            {
                newTokenInUse.TrySetResult();
                return Ok("sent");
            }

            var order = Interlocked.Increment(ref arrived);
            if (order == 100)
            {
                allArrived.SetResult();
            }

            await allArrived.Task;
            if (order > 1)
            {
                await newTokenInUse.Task;
            }

            return FakeWeCom.Error(40014);
        };

        var results = await Task.WhenAll(Enumerable.Range(0, 100).Select(i => _t.NewClient().SendMsgAsync(Text($"m{i}"))));

        Assert.Equal(2, _t.WeCom.TokenCalls);
        Assert.Equal(100, arrived);
        Assert.All(results, r => Assert.Equal("sent", r.MsgId));
    }

    [Theory]
    [InlineData(40014)]
    [InlineData(40001)]
    public async Task Should_throw_after_one_retry_when_the_token_is_rejected_twice(int errCode)
    {
        _t.WeCom.Api = (_, _) => Task.FromResult(FakeWeCom.Error(errCode));

        var error = await Assert.ThrowsAsync<WeComApiException>(() => _t.Client.SendMsgAsync(Text("m1")));

        Assert.Equal((errCode, "kf/send_msg"), (error.ErrCode, error.Api));
        Assert.Equal(2, _t.WeCom.ApiRequests.Count());
        Assert.Equal(2, _t.WeCom.TokenCalls);
    }

    [Fact]
    public async Task Should_not_retry_when_the_error_is_not_about_the_token()
    {
        _t.WeCom.Api = (_, _) => Task.FromResult(FakeWeCom.Error(95018));

        var error = await Assert.ThrowsAsync<WeComApiException>(() => _t.Client.SendMsgAsync(Text("m1")));

        Assert.Equal(95018, error.ErrCode);
        Assert.Single(_t.WeCom.ApiRequests);
    }

    [Fact]
    public async Task Should_retry_gettoken_on_the_next_call_when_it_failed()
    {
        _t.WeCom.TokenAnswer = n => n == 1 ? FakeWeCom.Error(40001) : null;

        var error = await Assert.ThrowsAsync<WeComApiException>(() => _t.Client.SendMsgAsync(Text("m1")));
        await _t.Client.SendMsgAsync(Text("m2"));

        Assert.Equal((40001, "gettoken"), (error.ErrCode, error.Api));
        Assert.Equal(2, _t.WeCom.TokenCalls);
        Assert.Single(_t.WeCom.ApiRequests);
    }

    [Fact]
    public async Task Should_fail_before_sending_when_credentials_are_not_configured()
    {
        var t = new TestClient(o => o.Secret = null);

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => t.Client.SendMsgAsync(Text("m1")));

        Assert.Contains("WeCom:Secret", error.Message);
        Assert.Empty(t.WeCom.Requests);
    }

    private static SendMsgRequest Text(string msgId) =>
        new() { ToUser = "wm-user", OpenKfId = "wk-account", MsgId = msgId, Message = KfOutgoingMessage.Text("你好") };

    private static HttpResponseMessage Ok(string msgId) => FakeWeCom.Json($$"""{"errcode":0,"errmsg":"ok","msgid":"{{msgId}}"}""");
}
