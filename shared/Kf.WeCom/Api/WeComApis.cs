namespace Kf.WeCom.Api;

/// <summary>API names: the path under <c>cgi-bin/</c>, also used in logs and exceptions.</summary>
internal static class WeComApis
{
    public const string GetToken = "gettoken";
    public const string SyncMsg = "kf/sync_msg";
    public const string SendMsg = "kf/send_msg";
    public const string SendMsgOnEvent = "kf/send_msg_on_event";
    public const string ServiceStateGet = "kf/service_state/get";
    public const string ServiceStateTrans = "kf/service_state/trans";
    public const string AccountList = "kf/account/list";
    public const string AddContactWay = "kf/add_contact_way";
    public const string CustomerBatchGet = "kf/customer/batchget";
    public const string ServicerList = "kf/servicer/list";
    public const string MediaUpload = "media/upload";
    public const string MediaGet = "media/get";
}
