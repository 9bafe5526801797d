using Kf.WeCom.Models;

namespace Kf.WeCom.Api;

public sealed partial class WeComApiClient
{
    /// <summary>
    /// Pulls one batch of messages and events for <see cref="SyncMsgRequest.OpenKfId"/> (always sent).
    /// Loop while <see cref="SyncMsgResponse.HasMoreMessages"/>; persist the cursor only after the batch
    /// is handed on.
    /// </summary>
    /// <exception cref="ArgumentException">No open_kfid, a cursor over 64 bytes, or a limit outside 1–1000.</exception>
    public Task<SyncMsgResponse> SyncMsgAsync(SyncMsgRequest request, CancellationToken cancellationToken = default)
    {
        KfRequestValidator.SyncMsg(request);
        return PostJsonAsync<SyncMsgRequest, SyncMsgResponse>(WeComApis.SyncMsg, request, cancellationToken);
    }

    /// <summary>
    /// Sends one message. Errors to expect: 95001 (quota: retry later), 95018 (a human holds the
    /// session: stop), 95002 (48 h passed), 40058 (msgid reused or invalid).
    /// </summary>
    /// <exception cref="ArgumentException">A missing field, a msgid that is not 1–32 of [0-9a-zA-Z_-], a text over 2048 UTF-8 bytes, or over 10 menu items.</exception>
    public Task<SendMsgResponse> SendMsgAsync(SendMsgRequest request, CancellationToken cancellationToken = default)
    {
        KfRequestValidator.SendMsg(request);
        return PostJsonAsync<SendMsgRequest, SendMsgResponse>(WeComApis.SendMsg, request, cancellationToken);
    }

    /// <summary>Sends the one message an event code allows (welcome, queue, end of session).</summary>
    /// <exception cref="ArgumentException">No code, a type other than text or msgmenu, or the limits of <see cref="SendMsgAsync"/>.</exception>
    public Task<SendMsgResponse> SendMsgOnEventAsync(SendMsgOnEventRequest request, CancellationToken cancellationToken = default)
    {
        KfRequestValidator.SendMsgOnEvent(request);
        return PostJsonAsync<SendMsgOnEventRequest, SendMsgResponse>(WeComApis.SendMsgOnEvent, request, cancellationToken);
    }
}
