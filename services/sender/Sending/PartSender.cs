using System.Text.Json;
using Kf.Contracts;
using Kf.WeCom;
using Kf.WeCom.Api;

namespace Kf.Sender.Sending;

/// <summary>One send_msg call for one part, its errors turned into a <see cref="SendOutcome"/>.</summary>
internal sealed class PartSender(WeComApiClient api)
{
    public async Task<SendOutcome> SendAsync(SendKfMessage command, CancellationToken cancellationToken)
    {
        try
        {
            // The client refreshes a rejected token and retries once by itself (40014/42001/40001).
            var response = await api.SendMsgAsync(OutgoingMessages.From(command), cancellationToken);
            return new SendOutcome(SendResult.Delivered, null, null, response.MsgId is { Length: > 0 } id ? id : command.SendMsgId);
        }
        catch (WeComApiException e)
        {
            return new SendOutcome(ErrorPolicy.IsRetryable(e.ErrCode) ? SendResult.Retry : SendResult.Fail, e.ErrCode, $"errcode {e.ErrCode}: {e.ErrMsg}");
        }
        catch (WeComTransportException e)
        {
            // No answer: it may have been delivered. A retry reuses the send msgid; the ledger is our guard.
            return new SendOutcome(SendResult.Retry, null, e.Message);
        }
        catch (Exception e) when (e is ArgumentException or JsonException)
        {
            // Refused before sending (a malformed part): no retry can fix the command.
            return new SendOutcome(SendResult.Fail, null, $"invalid part: {e.Message}");
        }
    }
}
