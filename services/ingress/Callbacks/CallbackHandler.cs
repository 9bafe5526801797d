using Kf.Contracts;
using Kf.Ingress.Configuration;
using Kf.Ingress.Diagnostics;
using Kf.WeCom.Callback;
using Kf.WeCom.Crypto;
using MassTransit;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace Kf.Ingress.Callbacks;

// Invariant 1: a valid callback gets 200 only after the broker confirmed CallbackReceived; a failed
// hand-off gets 503 inside WeChat's 5 s so it retries; anything unsigned, not for us or malformed
// gets a 4xx and publishes nothing. No database or WeCom call happens here.
internal sealed class CallbackHandler(
    CallbackDecoder decoder,
    IBus bus,
    IOptions<CallbackOptions> callbackOptions,
    IOptions<IngressOptions> ingressOptions,
    IngressMetrics metrics,
    TimeProvider time,
    ILogger<CallbackHandler> logger)
{
    // Any 200 counts for WeChat; "success" is what its samples answer.
    private const string Success = "success";

    public ContentHttpResult Verify(CallbackQuery query)
    {
        var start = time.GetTimestamp();
        try
        {
            var echo = decoder.VerifyUrl(query.MsgSignature, query.Timestamp, query.Nonce, query.EchoStr);
            logger.UrlVerified();
            // The bare plaintext: no quotes, no BOM, no newline, or the back office refuses the URL.
            return Answer(CallbackOutcome.Verified, start, TypedResults.Text(echo, "text/plain"));
        }
        catch (CallbackException e)
        {
            return Reject(e.Error, start);
        }
    }

    public async Task<ContentHttpResult> ReceiveAsync(CallbackQuery query, HttpRequest request)
    {
        var start = time.GetTimestamp();
        var aborted = request.HttpContext.RequestAborted;
        var body = await BoundedBody.ReadAsync(request, ingressOptions.Value.MaxBodyBytes, aborted);
        if (body is null)
        {
            return Reject(CallbackError.TooLarge, start);
        }

        CallbackEvent callback;
        try
        {
            callback = decoder.DecodePost(query.MsgSignature, query.Timestamp, query.Nonce, body);
        }
        catch (CallbackException e)
        {
            return Reject(e.Error, start);
        }

        if (callback.AsKfNotice() is not { } notice)
        {
            // kf_account_auth_change and the like: acknowledged so WeChat stops retrying, nothing to sync.
            logger.CallbackIgnored(EventName(callback));
            return Answer(CallbackOutcome.Ignored, start, TypedResults.Text(Success));
        }

        return await PublishAsync(notice, start, aborted);
    }

    private async Task<ContentHttpResult> PublishAsync(KfNotice notice, long start, CancellationToken aborted)
    {
        var timeout = ingressOptions.Value.PublishTimeout;
        using var bounded = CancellationTokenSource.CreateLinkedTokenSource(aborted);
        bounded.CancelAfter(timeout);
        try
        {
            // With publisher confirms on, Publish completes only once the broker has the message.
            await bus.Publish(new CallbackReceived
            {
                OpenKfId = notice.OpenKfId,
                SyncToken = notice.Token,
                ReceivedAt = time.GetUtcNow(),
                CorpId = callbackOptions.Value.CorpId,
            }, bounded.Token);
        }
        catch (OperationCanceledException) when (bounded.IsCancellationRequested)
        {
            logger.PublishTimedOut(timeout);
            return Unavailable(start);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.PublishFailed(e);
            return Unavailable(start);
        }

        logger.CallbackPublished(notice.OpenKfId);
        return Answer(CallbackOutcome.Published, start, TypedResults.Text(Success));
    }

    private ContentHttpResult Unavailable(long start) =>
        Answer(CallbackOutcome.BusUnavailable, start, TypedResults.Text("bus unavailable", statusCode: StatusCodes.Status503ServiceUnavailable));

    private ContentHttpResult Reject(CallbackError error, long start)
    {
        logger.CallbackRejected(error);
        metrics.Rejected(error);
        return Answer(CallbackOutcome.Rejected, start, TypedResults.Text(error.ToString(), statusCode: CallbackStatus.For(error)));
    }

    private ContentHttpResult Answer(string outcome, long start, ContentHttpResult result)
    {
        metrics.Answered(outcome, time.GetElapsedTime(start));
        return result;
    }

    // The event name comes from a signed payload but is still bounded before it reaches a log line.
    private static string EventName(CallbackEvent callback) =>
        callback.Event is { Length: > 0 } name ? name[..Math.Min(name.Length, 64)] : $"(MsgType {callback.MsgType[..Math.Min(callback.MsgType.Length, 64)]})";
}
