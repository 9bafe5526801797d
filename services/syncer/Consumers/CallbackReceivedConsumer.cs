using Kf.Contracts;
using Kf.Syncer.Diagnostics;
using Kf.Syncer.Pulling;
using Kf.WeCom;
using MassTransit;
using Microsoft.Extensions.Options;

namespace Kf.Syncer.Consumers;

/// <summary>
/// A callback said the account has something new: pull it. Errors surface to MassTransit's bounded
/// retry (Kf:Bus); the safety poll is the backstop after that.
/// </summary>
internal sealed class CallbackReceivedConsumer(
    SyncPuller puller,
    IOptions<SyncerOptions> options,
    TimeProvider time,
    ILogger<CallbackReceivedConsumer> logger) : IConsumer<CallbackReceived>
{
    // WeCom's callback token is valid 10 minutes; an older one would only earn a 95007 round trip.
    private static readonly TimeSpan TokenLifetime = TimeSpan.FromMinutes(10);

    // A pending claim lapses after Syncer:PendingClaimTtl; retrying this many times a quarter of it
    // apart outlasts it, so a dead syncer's claim is taken over by this notice, not the next poll.
    private const int BlockedAttempts = 6;

    public async Task Consume(ConsumeContext<CallbackReceived> context)
    {
        var notice = context.Message;
        var token = time.GetUtcNow() - notice.ReceivedAt < TokenLifetime ? notice.SyncToken : null;
        for (var attempt = 1; attempt <= BlockedAttempts; attempt++)
        {
            try
            {
                if (await puller.PullAsync(notice.OpenKfId, token, context.CancellationToken) != PullOutcome.Blocked)
                {
                    return;
                }
            }
            catch (WeComApiException e) when (WeComErrorCodes.NeedsOperator(e.ErrCode) || e.ErrCode is WeComErrorCodes.InvalidOpenKfId or WeComErrorCodes.UnknownOpenKfId)
            {
                // Retrying cannot fix credentials or an unknown account: say so once and acknowledge.
                logger.PullNeedsOperator(notice.OpenKfId, e.ErrCode);
                return;
            }

            await Task.Delay(options.Value.PendingClaimTtl / 4, time, context.CancellationToken);
        }

        logger.PullStillBlocked(notice.OpenKfId, BlockedAttempts);
    }
}
