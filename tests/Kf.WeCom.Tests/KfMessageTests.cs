using System.Text.Json;
using System.Text.Json.Nodes;
using Kf.WeCom.Json;
using Kf.WeCom.Models;
using Kf.WeCom.Models.Messages;
using Kf.WeCom.Tests.Fakes;

namespace Kf.WeCom.Tests;

public sealed class KfMessageTests
{
    [Fact]
    public void Should_read_the_batch_fields_and_every_entry_when_sync_msg_answers()
    {
        var response = SyncMsgSample.Read();

        Assert.Equal("4gw7MepFLfgF2VC5npN", response.NextCursor);
        Assert.True(response.HasMoreMessages);
        Assert.Equal(24, response.MsgList.Count);
    }

    [Fact]
    public void Should_read_common_fields_when_a_customer_sends_text()
    {
        var message = SyncMsgSample.Message("from_msgid_4622416642169452483");

        Assert.Equal("wkAJ2GCAAASSm4_FhToWMFea0xAFfd3Q", message.OpenKfId);
        Assert.Equal("wmAJ2GCAAAme1XQRC-NI-q0_ZM9ukoAw", message.ExternalUserId);
        Assert.Equal(MessageOrigin.Customer, message.Origin);
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1615478585), message.SentAt);
        Assert.Equal(new KfTextContent("你好，我想问一下退货 👍🏽", "101"), message.Text);
        Assert.Null(message.Image);
        Assert.Null(message.Event);
    }

    [Fact]
    public void Should_read_media_ids_when_image_voice_video_and_file_arrive()
    {
        Assert.Equal("2iSLeVyqzk4eX0IB5kTi9Ljfa2rt9dwfq5WKRQ4Nvvgw", SyncMsgSample.Message("msg_image_1").Image?.MediaId);
        Assert.Equal("2iSLeVyqzk4eX0IB5kTi9Ljfa2rt9dwfq5WKRQ4Nvvgv", SyncMsgSample.Message("msg_voice_1").Voice?.MediaId);
        Assert.Equal("2iSLeVyqzk4eX0IB5kTi9Ljfa2rt9dwfq5WKRQ4Nvvgx", SyncMsgSample.Message("msg_video_1").Video?.MediaId);
        Assert.Equal("2iSLeVyqzk4eX0IB5kTi9Ljfa2rt9dwfq5WKRQ4Nvvgf", SyncMsgSample.Message("msg_file_1").File?.MediaId);
        Assert.Null(SyncMsgSample.Message("msg_image_1").Voice);
    }

    [Fact]
    public void Should_read_location_link_card_and_miniprogram_when_they_arrive()
    {
        var location = SyncMsgSample.Message("msg_location_1").Location!;
        var link = SyncMsgSample.Message("msg_link_1").Link!;
        var mini = SyncMsgSample.Message("msg_mini_1").MiniProgram!;

        Assert.Equal(23.106021881103501, location.Latitude, 10);
        Assert.Equal("广东省广州市海珠区滨江东路", location.Address);
        Assert.Equal(("TITLE", "DESC", "https://work.weixin.qq.com/", "https://wework.qpic.cn/wwhead/xxx"), (link.Title, link.Desc, link.Url, link.PicUrl));
        Assert.Equal("zhangsan", SyncMsgSample.Message("msg_card_1").BusinessCard?.UserId);
        Assert.Equal(("wxbe1e2e5cde1b4c9a", "pages/index.html", "MEDIA_ID"), (mini.AppId, mini.PagePath, mini.ThumbMediaId));
    }

    [Fact]
    public void Should_read_every_menu_item_kind_when_a_servicer_sends_a_msgmenu()
    {
        var message = SyncMsgSample.Message("msg_menu_1");
        var menu = message.MsgMenu!;

        Assert.Equal(MessageOrigin.Servicer, message.Origin);
        Assert.Equal("Zhangsan", message.ServicerUserId);
        Assert.Equal(["click", "view", "miniprogram", "text"], menu.List.Select(i => i.Type));
        Assert.Equal(new KfMenuClick("101", "满意"), menu.List[0].Click);
        Assert.Equal("https://work.weixin.qq.com", menu.List[1].View?.Url);
        Assert.Equal("wx123123123123123", menu.List[2].MiniProgram?.AppId);
        Assert.Equal(new KfMenuText("纯文本，支持\n换行", 1), menu.List[3].Text);
        Assert.Equal("欢迎再次光临", menu.TailContent);
    }

    [Fact]
    public void Should_read_channels_payloads_when_shop_order_merged_channels_and_note_arrive()
    {
        var product = SyncMsgSample.Message("msg_product_1").ChannelsShopProduct!;
        var order = SyncMsgSample.Message("msg_order_1").ChannelsShopOrder!;
        var merged = SyncMsgSample.Message("msg_merged_1").MergedMsg!;
        var channels = SyncMsgSample.Message("msg_channels_1").Channels!;

        Assert.Equal(("10000041413486", "2000", "某某小店"), (product.ProductId, product.SalesPrice, product.ShopNickname));
        Assert.Equal(("3705115058471208928", "待发货", "¥20.00"), (order.OrderId, order.State, order.PriceWording));
        Assert.Equal("客户与客服的聊天记录", merged.Title);
        Assert.Equal(["text", "1"], merged.Item.Select(i => i.MsgType));
        Assert.Equal(1615478510, merged.Item[1].SendTime);
        Assert.Equal((1, "某某视频号", "新品发布"), (channels.SubType, channels.Nickname, channels.Title));
        Assert.NotNull(SyncMsgSample.Message("msg_note_1").Note);
    }

    [Fact]
    public void Should_keep_the_raw_payload_when_the_msgtype_is_unknown()
    {
        var message = SyncMsgSample.Message("msg_future_1");

        Assert.Equal("future_card", message.MsgType);
        Assert.False(message.IsKnownType);
        Assert.Null(message.Text);
        Assert.Null(message.Event);
        Assert.Equal("C-1", message.Raw.GetProperty("future_card").GetProperty("card_id").GetString());
    }

    [Fact]
    public void Should_write_the_message_back_unchanged_when_serialized()
    {
        var original = JsonNode.Parse(SyncMsgSample.Json)!["msg_list"]!.AsArray();
        var messages = SyncMsgSample.Read().MsgList;

        for (var i = 0; i < messages.Count; i++)
        {
            var written = JsonNode.Parse(JsonSerializer.Serialize(messages[i], WeComJson.Options));
            Assert.True(JsonNode.DeepEquals(original[i], written), $"entry {i} changed: {written}");
        }
    }

    [Fact]
    public void Should_keep_the_message_when_its_document_is_disposed_and_fields_have_odd_types()
    {
        KfMessage message;
        using (var document = JsonDocument.Parse("""{"msgid":"m1","send_time":"1615478585","origin":"3","msgtype":"text","text":{"content":42}}"""))
        {
            message = KfMessage.FromJson(document.RootElement);
        }

        Assert.Equal(1615478585, message.SendTime);
        Assert.Equal(MessageOrigin.Customer, message.Origin);
        Assert.Equal("42", message.Text?.Content);
    }

    [Fact]
    public void Should_give_no_payload_when_the_payload_is_missing_or_not_an_object()
    {
        Assert.Null(KfMessage.Parse("""{"msgid":"m1","msgtype":"text"}""").Text);
        Assert.Null(KfMessage.Parse("""{"msgid":"m2","msgtype":"image","image":"oops"}""").Image);
    }
}
