namespace Kf.Simulator.Api;

/// <summary>The names faults and stats use for each /cgi-bin call.</summary>
internal static class ApiNames
{
    public static readonly string[] All =
    [
        "gettoken", "sync_msg", "send_msg", "send_msg_on_event", "service_state/get", "service_state/trans",
        "servicer/list", "account/list", "customer/batchget", "add_contact_way", "media/upload", "media/get",
    ];
}
