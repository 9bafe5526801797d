using Kf.WeCom.Models;
using Kf.WeCom.Tests.Fakes;

namespace Kf.WeCom.Tests;

public sealed class WeComApiClientSessionTests
{
    private readonly TestClient _t = new();

    [Fact]
    public async Task Should_post_ids_and_read_the_state_when_getting_the_service_state()
    {
        Answer("""{"errcode":0,"errmsg":"ok","service_state":3,"servicer_userid":"zhangsan"}""");

        var state = await _t.Client.GetServiceStateAsync(new ServiceStateGetRequest("wk", "wm"));

        AssertSent("/cgi-bin/kf/service_state/get", """{"open_kfid":"wk","external_userid":"wm"}""");
        Assert.Equal((ServiceState.ServedByHuman, "zhangsan"), (state.ServiceState, state.ServicerUserId));
    }

    [Fact]
    public async Task Should_post_the_new_state_and_read_msg_code_when_transferring()
    {
        Answer("""{"errcode":0,"errmsg":"ok","msg_code":"MSG_CODE"}""");

        var result = await _t.Client.TransServiceStateAsync(new ServiceStateTransRequest
        {
            OpenKfId = "wk",
            ExternalUserId = "wm",
            ServiceState = ServiceState.Queued,
        });

        AssertSent("/cgi-bin/kf/service_state/trans", """{"open_kfid":"wk","external_userid":"wm","service_state":2}""");
        Assert.Equal("MSG_CODE", result.MsgCode);
    }

    [Fact]
    public async Task Should_page_accounts_when_listing_them()
    {
        Answer("""{"errcode":0,"errmsg":"ok","account_list":[{"open_kfid":"wk1","name":"售前","avatar":"https://a","manage_privilege":true}]}""");

        var page = await _t.Client.ListAccountsAsync(new AccountListRequest(0, 100));

        AssertSent("/cgi-bin/kf/account/list", """{"offset":0,"limit":100}""");
        Assert.Equal(new KfAccount { OpenKfId = "wk1", Name = "售前", Avatar = "https://a", ManagePrivilege = true }, page.AccountList.Single());
    }

    [Fact]
    public async Task Should_return_the_link_when_adding_a_contact_way()
    {
        Answer("""{"errcode":0,"errmsg":"ok","url":"https://work.weixin.qq.com/kf/kfcbf8f8d07ac7215f?enc_scene=ENCGFSDF567DF"}""");

        var result = await _t.Client.AddContactWayAsync(new AddContactWayRequest("wk", "spring_sale"));

        AssertSent("/cgi-bin/kf/add_contact_way", """{"open_kfid":"wk","scene":"spring_sale"}""");
        Assert.StartsWith("https://work.weixin.qq.com/kf/", result.Url);
    }

    [Fact]
    public async Task Should_read_profiles_and_context_when_batch_getting_customers()
    {
        Answer("""
            {"errcode":0,"errmsg":"ok","customer_list":[{"external_userid":"wm1","nickname":"张三","avatar":"https://a","gender":1,"unionid":"oAAA",
            "enter_session_context":{"scene":"123","scene_param":"abc","wechat_channels":{"nickname":"视频号","scene":1}}}],"invalid_external_userid":["bad"]}
            """);

        var result = await _t.Client.BatchGetCustomersAsync(new CustomerBatchGetRequest(["wm1", "bad"], 1));

        AssertSent("/cgi-bin/kf/customer/batchget", """{"external_userid_list":["wm1","bad"],"need_enter_session_context":1}""");
        var customer = result.CustomerList.Single();
        Assert.Equal(("张三", 1, "oAAA", "abc"), (customer.Nickname, customer.Gender, customer.UnionId, customer.EnterSessionContext?.SceneParam));
        Assert.Equal(["bad"], result.InvalidExternalUserId);
    }

    [Fact]
    public async Task Should_get_with_open_kfid_in_the_query_when_listing_servicers()
    {
        Answer("""{"errcode":0,"errmsg":"ok","servicer_list":[{"userid":"zhangsan","status":0},{"userid":"lisi","status":1,"stop_type":1},{"department_id":2}]}""");

        var result = await _t.Client.ListServicersAsync("wk&x");

        var request = _t.WeCom.ApiRequests.Single();
        Assert.Equal((HttpMethod.Get, "/cgi-bin/kf/servicer/list", "wk&x", "token-1"), (request.Method, request.Path, request.Query("open_kfid"), request.AccessToken));
        Assert.Equal([true, false, false], result.ServicerList.Select(s => s.IsServing));
        Assert.Equal(2, result.ServicerList[2].DepartmentId);
    }

    private void Answer(string json) => _t.WeCom.Api = (_, _) => Task.FromResult(FakeWeCom.Json(json));

    private void AssertSent(string path, string body)
    {
        var request = _t.WeCom.ApiRequests.Single();
        Assert.Equal((HttpMethod.Post, path, "token-1"), (request.Method, request.Path, request.AccessToken));
        Assert.Equal(body, request.BodyText);
        Assert.Equal("application/json; charset=utf-8", request.ContentType);
    }
}
