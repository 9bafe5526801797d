namespace Kf.WeCom.Models.Events;

/// <summary>The <c>event.event_type</c> values of sync_msg.</summary>
public static class KfEventTypes
{
#pragma warning disable CS1591 // The wire names are their own documentation.
    public const string EnterSession = "enter_session";
    public const string MsgSendFail = "msg_send_fail";
    public const string ServicerStatusChange = "servicer_status_change";
    public const string SessionStatusChange = "session_status_change";
    public const string UserRecallMsg = "user_recall_msg";
    public const string ServicerRecallMsg = "servicer_recall_msg";
    public const string RejectCustomerMsgSwitchChange = "reject_customer_msg_switch_change";
#pragma warning restore CS1591
}
