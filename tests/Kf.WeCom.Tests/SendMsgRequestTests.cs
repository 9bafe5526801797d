using System.Text.Json;
using System.Text.Json.Nodes;
using Kf.WeCom.Json;
using Kf.WeCom.Models;
using Kf.WeCom.Models.Messages;
using Kf.WeCom.Models.Outgoing;
using Kf.WeCom.Tests.Fakes;

namespace Kf.WeCom.Tests;

public sealed class SendMsgRequestTests
{
    [Theory]
    [InlineData("text", """{"content":"你好 👋"}""")]
    [InlineData("image", """{"media_id":"MEDIA_I"}""")]
    [InlineData("voice", """{"media_id":"MEDIA_V"}""")]
    [InlineData("video", """{"media_id":"MEDIA_VI"}""")]
    [InlineData("file", """{"media_id":"MEDIA_F"}""")]
    [InlineData("link", """{"title":"标题","desc":"描述","url":"https://kf.test/a","thumb_media_id":"THUMB"}""")]
    [InlineData("miniprogram", """{"title":"小程序","appid":"wx123","pagepath":"pages/index","thumb_media_id":"THUMB"}""")]
    [InlineData("msgmenu", """{"head_content":"请选择","list":[{"type":"click","click":{"id":"101","content":"满意"}},{"type":"view","view":{"url":"https://kf.test","content":"查看"}},{"type":"miniprogram","miniprogram":{"appid":"wx123","pagepath":"pages/x","content":"打开"}},{"type":"text","text":{"content":"纯文本","no_newline":1}}],"tail_content":"谢谢"}""")]
    [InlineData("location", """{"latitude":23.1,"longitude":113.3,"name":"媒体港","address":"广州"}""")]
    [InlineData("business_card", """{"userid":"zhangsan"}""")]
    [InlineData("ca_link", """{"link_url":"https://work.weixin.qq.com/ca/abc"}""")]
    public async Task Should_send_the_wire_shape_when_sending_each_type(string msgType, string expectedPayload)
    {
        var t = new TestClient();

        await t.Client.SendMsgAsync(new SendMsgRequest { ToUser = "wm-user", OpenKfId = "wk-account", MsgId = "kf_1-a", Message = Outgoing(msgType) });

        var body = JsonNode.Parse(t.WeCom.ApiRequests.Single().BodyText)!;
        var expected = JsonNode.Parse($$"""{"touser":"wm-user","open_kfid":"wk-account","msgid":"kf_1-a","msgtype":"{{msgType}}","{{msgType}}":{{expectedPayload}}}""");
        Assert.True(JsonNode.DeepEquals(expected, body), body.ToJsonString());
        Assert.Equal("/cgi-bin/kf/send_msg", t.WeCom.ApiRequests.Single().Path);
    }

    [Theory]
    [InlineData("text")]
    [InlineData("msgmenu")]
    public async Task Should_send_code_and_payload_when_sending_on_an_event(string msgType)
    {
        var t = new TestClient();

        await t.Client.SendMsgOnEventAsync(new SendMsgOnEventRequest { Code = "WELCOME_CODE", Message = Outgoing(msgType) });

        var request = t.WeCom.ApiRequests.Single();
        var body = JsonNode.Parse(request.BodyText)!.AsObject();
        Assert.Equal("/cgi-bin/kf/send_msg_on_event", request.Path);
        Assert.Equal(["code", "msgtype", msgType], body.Select(p => p.Key));
        Assert.Equal("WELCOME_CODE", (string?)body["code"]);
    }

    [Fact]
    public void Should_read_back_the_same_request_when_a_simulator_parses_it()
    {
        var request = new SendMsgRequest { ToUser = "u", OpenKfId = "k", MsgId = "m", Message = Outgoing("msgmenu") };

        var json = JsonSerializer.Serialize(request, WeComJson.Options);
        var parsed = JsonSerializer.Deserialize<SendMsgRequest>(json, WeComJson.Options)!;

        Assert.Equal(("u", "k", "m", "msgmenu"), (parsed.ToUser, parsed.OpenKfId, parsed.MsgId, parsed.Message.MsgType));
        Assert.Equal(json, JsonSerializer.Serialize(parsed, WeComJson.Options));
    }

    [Fact]
    public void Should_send_a_raw_payload_when_the_type_is_not_modelled()
    {
        var payload = JsonDocument.Parse("""{"x":1}""").RootElement;
        var request = new SendMsgRequest { ToUser = "u", OpenKfId = "k", Message = KfOutgoingMessage.Raw("future", payload) };

        var json = JsonSerializer.Serialize(request, WeComJson.Options);

        Assert.Equal("""{"touser":"u","open_kfid":"k","msgtype":"future","future":{"x":1}}""", json);
    }

    internal static KfOutgoingMessage Outgoing(string msgType) => msgType switch
    {
        "text" => KfOutgoingMessage.Text("你好 👋"),
        "image" => KfOutgoingMessage.Image("MEDIA_I"),
        "voice" => KfOutgoingMessage.Voice("MEDIA_V"),
        "video" => KfOutgoingMessage.Video("MEDIA_VI"),
        "file" => KfOutgoingMessage.File("MEDIA_F"),
        "link" => KfOutgoingMessage.Link(new KfOutgoingLink { Title = "标题", Desc = "描述", Url = "https://kf.test/a", ThumbMediaId = "THUMB" }),
        "miniprogram" => KfOutgoingMessage.MiniProgram(new KfMiniProgramContent { Title = "小程序", AppId = "wx123", PagePath = "pages/index", ThumbMediaId = "THUMB" }),
        "msgmenu" => KfOutgoingMessage.MsgMenu(new KfMsgMenuContent
        {
            HeadContent = "请选择",
            List =
            [
                KfMenuItem.ForClick("101", "满意"),
                KfMenuItem.ForView("https://kf.test", "查看"),
                KfMenuItem.ForMiniProgram("wx123", "pages/x", "打开"),
                KfMenuItem.ForText("纯文本", noNewline: true),
            ],
            TailContent = "谢谢",
        }),
        "location" => KfOutgoingMessage.Location(new KfLocationContent { Latitude = 23.1, Longitude = 113.3, Name = "媒体港", Address = "广州" }),
        "business_card" => KfOutgoingMessage.BusinessCard("zhangsan"),
        "ca_link" => KfOutgoingMessage.CaLink("https://work.weixin.qq.com/ca/abc"),
        _ => throw new ArgumentOutOfRangeException(nameof(msgType)),
    };
}
