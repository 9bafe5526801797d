using Kf.WeCom;
using Kf.WeCom.Api;
using Kf.WeCom.Models;
using Kf.WeCom.Models.Events;
using Kf.WeCom.Models.Messages;
using Kf.WeCom.Models.Outgoing;

namespace Kf.Simulator.Tests.Infrastructure;

/// <summary>Calls through the shared Kf.WeCom client, shaped for the contract tests.</summary>
public static class ApiCalls
{
    /// <summary>0 when the call succeeded, else the errcode the client surfaced as <see cref="WeComApiException"/>.</summary>
    public static async Task<int> ErrCodeAsync(this Task call)
    {
        try
        {
            await call;
            return 0;
        }
        catch (WeComApiException ex)
        {
            return ex.ErrCode;
        }
    }

    public static SendMsgRequest Text(string content, string? msgid = null, string customer = SimClient.Customer, string openKfId = SimulatorHost.OpenKfId) =>
        new() { ToUser = customer, OpenKfId = openKfId, MsgId = msgid, Message = KfOutgoingMessage.Text(content) };

    public static Task<SendMsgResponse> SendTextAsync(this WeComApiClient api, string content, string? msgid = null, string customer = SimClient.Customer, string openKfId = SimulatorHost.OpenKfId) =>
        api.SendMsgAsync(Text(content, msgid, customer, openKfId));

    public static Task<SendMsgResponse> SendOnEventAsync(this WeComApiClient api, string code, string msgtype = "text", string content = "欢迎") =>
        api.SendMsgOnEventAsync(new SendMsgOnEventRequest
        {
            Code = code,
            Message = msgtype == "text"
                ? KfOutgoingMessage.Text(content)
                : KfOutgoingMessage.MsgMenu(new KfMsgMenuContent { HeadContent = content, List = [KfMenuItem.ForClick("1", "人工")] }),
        });

    public static Task<SyncMsgResponse> SyncAsync(this WeComApiClient api, string? cursor = null, string? token = null, int? limit = null, string openKfId = SimulatorHost.OpenKfId) =>
        api.SyncMsgAsync(new SyncMsgRequest { OpenKfId = openKfId, Cursor = cursor, Token = token, Limit = limit });

    /// <summary>Every message sync_msg returns from the start, following has_more.</summary>
    public static async Task<List<KfMessage>> SyncAllAsync(this WeComApiClient api, string? token = null, int limit = 1000)
    {
        var all = new List<KfMessage>();
        string? cursor = null;
        for (var page = 0; page < 1000; page++)
        {
            var reply = await api.SyncAsync(cursor, token, limit);
            all.AddRange(reply.MsgList);
            cursor = reply.NextCursor;
            if (!reply.HasMoreMessages)
            {
                return all;
            }
        }

        throw new InvalidOperationException("has_more never became 0");
    }

    /// <summary>The events of one type, typed by the client's models, oldest first.</summary>
    public static async Task<List<KfEvent>> EventsAsync(this WeComApiClient api, string eventType) =>
        (await api.SyncAllAsync()).Select(m => m.Event).OfType<KfEvent>().Where(e => e.EventType == eventType).ToList();

    public static ServiceStateGetRequest StateOf(string customer = SimClient.Customer) => new(SimulatorHost.OpenKfId, customer);

    public static ServiceStateTransRequest Trans(ServiceState state, string? servicer = null) =>
        new() { OpenKfId = SimulatorHost.OpenKfId, ExternalUserId = SimClient.Customer, ServiceState = state, ServicerUserId = servicer };

    public static async Task<int> ApiCallsAsync(this SimClient client, string api) =>
        (int?)(await client.GetControlAsync("stats"))["api_calls"]![api] ?? 0;
}
