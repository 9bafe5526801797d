using System.Globalization;
using Kf.WeCom.Models;
using Kf.WeCom.Models.Events;
using Kf.WeCom.Models.Messages;

namespace Kf.Simulator.Tests.Api;

/// <summary>
/// Every msgtype and event of §3: the raw tests prove the wire payload is passed through unchanged,
/// the client tests that the shared client's models read each one into its typed field.
/// </summary>
public sealed class MessageTypeTests
{
    public static TheoryData<string, string, string?> Payloads => new()
    {
        { "location", """{"latitude": 23.1, "longitude": 113.3, "name": "广州塔", "address": "阅江西路222号"}""", "广州塔|阅江西路222号|23.1" },
        { "link", """{"title": "标题", "desc": "描述", "url": "https://example.com", "pic_url": "https://example.com/p.png"}""", "标题|描述|https://example.com/p.png" },
        { "business_card", """{"userid": "zhangsan"}""", "zhangsan" },
        { "miniprogram", """{"title": "小程序", "appid": "wx123", "pagepath": "pages/index", "thumb_media_id": "m1"}""", "wx123|pages/index|m1" },
        { "msgmenu", """{"head_content": "请选择", "list": [{"type": "click", "click": {"id": "1", "content": "是"}}], "tail_content": ""}""", "请选择|1|是" },
        { "channels_shop_product", """{"product_id": "p1", "head_image": "", "title": "商品", "sales_price": "100", "shop_nickname": "店", "shop_head_image": ""}""", "p1|100|店" },
        { "channels_shop_order", """{"order_id": "o1", "product_titles": "商品", "price_wording": "¥1", "state": "已支付", "image_url": "", "shop_nickname": "店"}""", "o1|¥1|已支付" },
        { "merged_msg", """{"title": "聊天记录", "item": [{"send_time": 1, "msgtype": "text", "sender_name": "a", "msg_content": "{}"}]}""", "聊天记录|1" },
        { "channels", """{"sub_type": 1, "nickname": "视频号", "title": "标题"}""", "1|视频号|标题" },
        { "note", "{}", "note" },
        { "video", """{"media_id": "v1"}""", "v1" },
        { "file", """{"media_id": "f1"}""", "f1" },
        { "some_future_type", """{"anything": true}""", null },
    };

    private static Task SendAsync(SimulatorHost sim, string msgtype, string payload) =>
        sim.Client.PostControlAsync($"customers/{SimClient.Customer}/messages", new JsonObject { ["msgtype"] = msgtype, [msgtype] = JsonNode.Parse(payload) });

    private static Task InjectEventAsync(SimulatorHost sim, string eventType, string fields)
    {
        var body = JsonNode.Parse(fields)!.AsObject();
        body["msgtype"] = "event";
        body["event"] = eventType;
        return sim.Client.PostControlAsync($"customers/{SimClient.Customer}/messages", body);
    }

    private static string? Typed(KfMessage m) => m.MsgType switch
    {
        "location" => m.Location is { } l ? string.Create(CultureInfo.InvariantCulture, $"{l.Name}|{l.Address}|{l.Latitude}") : null,
        "link" => m.Link is { } l ? $"{l.Title}|{l.Desc}|{l.PicUrl}" : null,
        "business_card" => m.BusinessCard?.UserId,
        "miniprogram" => m.MiniProgram is { } p ? $"{p.AppId}|{p.PagePath}|{p.ThumbMediaId}" : null,
        "msgmenu" => m.MsgMenu is { } u ? $"{u.HeadContent}|{u.List[0].Click?.Id}|{u.List[0].Click?.Content}" : null,
        "channels_shop_product" => m.ChannelsShopProduct is { } p ? $"{p.ProductId}|{p.SalesPrice}|{p.ShopNickname}" : null,
        "channels_shop_order" => m.ChannelsShopOrder is { } o ? $"{o.OrderId}|{o.PriceWording}|{o.State}" : null,
        "merged_msg" => m.MergedMsg is { } g ? $"{g.Title}|{g.Item.Count}" : null,
        "channels" => m.Channels is { } c ? $"{c.SubType}|{c.Nickname}|{c.Title}" : null,
        "note" => m.Note is null ? null : "note",
        "video" => m.Video?.MediaId,
        "file" => m.File?.MediaId,
        _ => null,
    };

    [Theory]
    [MemberData(nameof(Payloads))]
    public async Task Should_return_the_payload_unchanged_on_the_wire_when_the_customer_sends(string msgtype, string payload, string? typed)
    {
        _ = typed;
        await using var sim = await SimulatorHost.StartAsync();
        await SendAsync(sim, msgtype, payload);
        var message = Assert.Single(await sim.Client.SyncAllAsync());
        Assert.Equal(msgtype, message.Str("msgtype"));
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(payload), message[msgtype]), message.ToJsonString());
    }

    [Theory]
    [MemberData(nameof(Payloads))]
    public async Task Should_read_each_msgtype_into_its_typed_model_when_the_client_pulls(string msgtype, string payload, string? typed)
    {
        await using var sim = await SimulatorHost.StartAsync();
        await SendAsync(sim, msgtype, payload);
        var message = Assert.Single(await sim.Api.SyncAllAsync());
        Assert.Equal((msgtype, MessageOrigin.Customer, typed is not null), (message.MsgType, message.Origin, message.IsKnownType));
        Assert.Equal(typed, Typed(message));
    }

    [Theory]
    [InlineData("image")]
    [InlineData("voice")]
    public async Task Should_serve_the_media_when_the_customer_sends_without_a_media_id(string msgtype)
    {
        await using var sim = await SimulatorHost.StartAsync();
        await sim.Client.PostControlAsync($"customers/{SimClient.Customer}/messages", new { msgtype });
        var message = Assert.Single(await sim.Api.SyncAllAsync());
        var media = await sim.Api.GetMediaAsync((msgtype == "image" ? message.Image : message.Voice)!.MediaId);
        Assert.NotEqual("application/json", media.ContentType);
        Assert.NotEmpty(media.Content);
    }

    public static TheoryData<string, string, string> EventFields => new()
    {
        { "msg_send_fail", """{"fail_msgid": "m1", "fail_type": 13}""", "m1|SecurityRestriction" },
        { "user_recall_msg", """{"recall_msgid": "m2"}""", "m2" },
        { "servicer_recall_msg", """{"recall_msgid": "m3", "servicer_userid": "servicer_zhang"}""", "m3|servicer_zhang" },
        { "servicer_status_change", """{"servicer_userid": "servicer_zhang", "status": 2, "stop_type": 0}""", "servicer_zhang|2|0" },
        { "reject_customer_msg_switch_change", """{"servicer_userid": "servicer_zhang", "reject_switch": 1}""", "servicer_zhang|1" },
    };

    private static string? Typed(KfEvent e) => e.EventType switch
    {
        "msg_send_fail" => e.MsgSendFail is { } f ? $"{f.FailMsgId}|{f.FailType}" : null,
        "user_recall_msg" => e.UserRecallMsg?.RecallMsgId,
        "servicer_recall_msg" => e.ServicerRecallMsg is { } r ? $"{r.RecallMsgId}|{r.ServicerUserId}" : null,
        "servicer_status_change" => e.ServicerStatusChange is { } s ? $"{s.ServicerUserId}|{s.Status}|{s.StopType}" : null,
        "reject_customer_msg_switch_change" => e.RejectCustomerMsgSwitchChange is { } j ? $"{j.ServicerUserId}|{j.RejectSwitch}" : null,
        _ => null,
    };

    [Theory]
    [MemberData(nameof(EventFields))]
    public async Task Should_return_the_event_with_its_fields_on_the_wire_when_injected(string eventType, string fields, string typed)
    {
        _ = typed;
        await using var sim = await SimulatorHost.StartAsync();
        await InjectEventAsync(sim, eventType, fields);
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

    [Theory]
    [MemberData(nameof(EventFields))]
    public async Task Should_read_each_event_into_its_typed_model_when_the_client_pulls(string eventType, string fields, string typed)
    {
        await using var sim = await SimulatorHost.StartAsync();
        await InjectEventAsync(sim, eventType, fields);
        var message = Assert.Single(await sim.Api.SyncAllAsync());
        Assert.Equal(MessageOrigin.SystemEvent, message.Origin);
        Assert.Equal(SimClient.Customer, message.Event?.ExternalUserId);
        Assert.Equal(typed, Typed(message.Event!));
    }

    [Fact]
    public async Task Should_carry_scene_param_and_a_welcome_code_when_the_customer_enters()
    {
        await using var sim = await SimulatorHost.StartAsync();
        await sim.Client.PostControlAsync($"customers/{SimClient.Customer}/messages", new { msgtype = "event", @event = "enter_session", scene_param = "活动A" });
        var evt = Assert.Single(await sim.Api.EventsAsync(KfEventTypes.EnterSession)).EnterSession!;
        Assert.Equal("活动A", evt.SceneParam);
        Assert.False(string.IsNullOrEmpty(evt.WelcomeCode));
    }
}
