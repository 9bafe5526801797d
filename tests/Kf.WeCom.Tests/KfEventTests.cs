using Kf.WeCom.Models;
using Kf.WeCom.Models.Events;
using Kf.WeCom.Tests.Fakes;

namespace Kf.WeCom.Tests;

public sealed class KfEventTests
{
    [Fact]
    public void Should_read_enter_session_with_welcome_code_and_channels()
    {
        var message = SyncMsgSample.Message("msg_event_enter");
        var enter = message.Event!.EnterSession!;

        Assert.Equal(MessageOrigin.SystemEvent, message.Origin);
        Assert.Equal(string.Empty, message.ExternalUserId);
        Assert.Equal("wmAJ2GCAAAme1XQRC-NI-q0_ZM9ukoAw", message.Event.ExternalUserId);
        Assert.Equal(("123", "abc", "aaaaaa"), (enter.Scene, enter.SceneParam, enter.WelcomeCode));
        Assert.Equal(new WeChatChannelsInfo { Nickname = "进入会话的视频号名称", ShopNickname = "视频号小店名称", Scene = 1 }, enter.WeChatChannels);
        Assert.Null(message.Event.MsgSendFail);
    }

    [Fact]
    public void Should_read_msg_send_fail_with_its_fail_type()
    {
        var fail = SyncMsgSample.Message("msg_event_fail").Event!.MsgSendFail!;

        Assert.Equal("FAIL_MSGID", fail.FailMsgId);
        Assert.Equal(MsgSendFailType.SecurityRestriction, fail.FailType);
    }

    [Fact]
    public void Should_read_servicer_and_session_status_changes()
    {
        var servicer = SyncMsgSample.Message("msg_event_servicer").Event!.ServicerStatusChange!;
        var session = SyncMsgSample.Message("msg_event_session").Event!.SessionStatusChange!;

        Assert.Equal(("zhangsan", 2, 1, false), (servicer.ServicerUserId, servicer.Status, servicer.StopType, servicer.IsServing));
        Assert.Equal(SessionChangeType.Ended, session.ChangeType);
        Assert.Equal(("lisi", "MSG_CODE"), (session.OldServicerUserId, session.MsgCode));
    }

    [Fact]
    public void Should_read_recalls_and_the_reject_switch()
    {
        var user = SyncMsgSample.Message("msg_event_user_recall").Event!.UserRecallMsg!;
        var servicer = SyncMsgSample.Message("msg_event_servicer_recall").Event!.ServicerRecallMsg!;
        var reject = SyncMsgSample.Message("msg_event_reject").Event!.RejectCustomerMsgSwitchChange!;

        Assert.Equal("RECALL_MSGID", user.RecallMsgId);
        Assert.Equal(("RECALL_MSGID_2", "zhangsan"), (servicer.RecallMsgId, servicer.ServicerUserId));
        Assert.Equal(("zhangsan", 1), (reject.ServicerUserId, reject.RejectSwitch));
    }

    [Fact]
    public void Should_keep_the_raw_event_when_the_event_type_is_unknown()
    {
        var kfEvent = SyncMsgSample.Message("msg_event_future").Event!;

        Assert.Equal("future_event", kfEvent.EventType);
        Assert.Equal("wkAJ2GCAAASSm4_FhToWMFea0xAFfd3Q", kfEvent.OpenKfId);
        Assert.Null(kfEvent.EnterSession);
        Assert.Null(kfEvent.SessionStatusChange);
        Assert.Equal(7, kfEvent.Raw.GetProperty("detail").GetProperty("level").GetInt32());
    }
}
