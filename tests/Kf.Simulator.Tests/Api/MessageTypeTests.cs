namespace Kf.Simulator.Tests.Api;

public sealed class MessageTypeTests
{
    public static TheoryData<string, string> Payloads => new()
    {
        { "location", """{"latitude": 23.1, "longitude": 113.3, "name": "广州塔", "address": "阅江西路222号"}""" },
        { "link", """{"title": "标题", "desc": "描述", "url": "https://example.com", "pic_url": "https://example.com/p.png"}""" },
        { "business_card", """{"userid": "zhangsan"}""" },
        { "miniprogram", """{"title": "小程序", "appid": "wx123", "pagepath": "pages/index", "thumb_media_id": "m1"}""" },
        { "msgmenu", """{"head_content": "请选择", "list": [{"type": "click", "click": {"id": "1", "content": "是"}}], "tail_content": ""}""" },
        { "channels_shop_product", """{"product_id": "p1", "head_image": "", "title": "商品", "sales_price": "100", "shop_nickname": "店", "shop_head_image": ""}""" },
        { "channels_shop_order", """{"order_id": "o1", "product_titles": "商品", "price_wording": "¥1", "state": "已支付", "image_url": "", "shop_nickname": "店"}""" },
        { "merged_msg", """{"title": "聊天记录", "item": [{"send_time": 1, "msgtype": "text", "sender_name": "a", "msg_content": "{}"}]}""" },
        { "channels", """{"sub_type": 1, "nickname": "视频号", "title": "标题"}""" },
        { "note", "{}" },
        { "video", """{"media_id": "v1"}""" },
        { "file", """{"media_id": "f1"}""" },
        { "some_future_type", """{"anything": true}""" },
    };

    [Theory]
    [MemberData(nameof(Payloads))]
    public async Task Should_return_the_payload_unchanged_when_the_customer_sends(string msgtype, string payload)
    {
        await using var sim = await SimulatorHost.StartAsync();
        var body = new JsonObject { ["msgtype"] = msgtype, [msgtype] = JsonNode.Parse(payload) };
        await sim.Client.PostControlAsync($"customers/{SimClient.Customer}/messages", body);
        var message = Assert.Single(await sim.Client.SyncAllAsync());
        Assert.Equal(msgtype, message.Str("msgtype"));
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(payload), message[msgtype]), message.ToJsonString());
    }

    [Theory]
    [InlineData("image")]
    [InlineData("voice")]
    public async Task Should_serve_the_media_when_the_customer_sends_without_a_media_id(string msgtype)
    {
        await using var sim = await SimulatorHost.StartAsync();
        await sim.Client.PostControlAsync($"customers/{SimClient.Customer}/messages", new { msgtype });
        var mediaId = Assert.Single(await sim.Client.SyncAllAsync())[msgtype]!.Str("media_id");
        using var media = await sim.Http.GetAsync($"/cgi-bin/media/get?access_token={await sim.Client.AccessTokenAsync()}&media_id={mediaId}");
        Assert.NotEqual("application/json", media.Content.Headers.ContentType?.MediaType);
        Assert.NotEmpty(await media.Content.ReadAsByteArrayAsync());
    }

    public static TheoryData<string, string> EventFields => new()
    {
        { "msg_send_fail", """{"fail_msgid": "m1", "fail_type": 13}""" },
        { "user_recall_msg", """{"recall_msgid": "m2"}""" },
        { "servicer_recall_msg", """{"recall_msgid": "m3", "servicer_userid": "servicer_zhang"}""" },
        { "servicer_status_change", """{"servicer_userid": "servicer_zhang", "status": 2, "stop_type": 0}""" },
        { "reject_customer_msg_switch_change", """{"servicer_userid": "servicer_zhang", "reject_switch": 1}""" },
    };

    [Theory]
    [MemberData(nameof(EventFields))]
    public async Task Should_return_the_event_with_its_fields_when_injected(string eventType, string fields)
    {
        await using var sim = await SimulatorHost.StartAsync();
        var body = JsonNode.Parse(fields)!.AsObject();
        body["msgtype"] = "event";
        body["event"] = eventType;
        await sim.Client.PostControlAsync($"customers/{SimClient.Customer}/messages", body);
        var message = Assert.Single(await sim.Client.SyncAllAsync());
        Assert.Equal(4, (int)message["origin"]!);
        var evt = message["event"]!.AsObject();
        Assert.Equal(eventType, evt.Str("event_type"));
        Assert.Equal(SimClient.Customer, evt.Str("external_userid"));
        foreach (var (name, value) in JsonNode.Parse(fields)!.AsObject())
        {
            Assert.True(JsonNode.DeepEquals(value, evt[name]), name);
        }
    }

    [Fact]
    public async Task Should_carry_scene_param_and_a_welcome_code_when_the_customer_enters()
    {
        await using var sim = await SimulatorHost.StartAsync();
        await sim.Client.PostControlAsync($"customers/{SimClient.Customer}/messages", new { msgtype = "event", @event = "enter_session", scene_param = "活动A" });
        var evt = Assert.Single(await sim.Client.OfTypeAsync("enter_session"));
        Assert.Equal("活动A", evt.Str("scene_param"));
        Assert.False(string.IsNullOrEmpty(evt.Str("welcome_code")));
    }
}
