using Kf.Responder.Diagnostics;
using Kf.WeCom;
using Kf.WeCom.Api;
using Kf.WeCom.Models;
using Microsoft.Extensions.Options;

namespace Kf.Responder.Answering;

/// <summary>
/// Humans first (invariant 5): asks WeCom for the session state before every answer; nothing is
/// cached, because a human may take over at any moment. In 2, 3 or 4 the bot stays silent.
/// </summary>
/// <remarks>
/// When WeCom cannot be asked (network, 5xx, an error code) after Responder:StateCheckAttempts tries,
/// the bot answers anyway: send_msg itself is refused with 95018 while a human holds the session, and
/// the sender records that without retrying, so a human is never talked over; staying silent instead
/// would leave the customer unanswered whenever the state API hiccups.
/// </remarks>
internal sealed class SessionGate(WeComApiClient api, IOptions<ResponderOptions> options, TimeProvider time, ILogger<SessionGate> logger)
{
    public async Task<SessionVerdict> CheckAsync(string openKfId, string externalUserId, CancellationToken cancellationToken)
    {
        var attempts = options.Value.StateCheckAttempts;
        for (var attempt = 1; attempt <= attempts; attempt++)
        {
            try
            {
                var state = (await api.GetServiceStateAsync(new ServiceStateGetRequest(openKfId, externalUserId), cancellationToken)).ServiceState;
                return new SessionVerdict(state is ServiceState.Unhandled or ServiceState.ServedByBot, state);
            }
            catch (WeComException e)
            {
                logger.StateCheckFailed(openKfId, attempt, attempts, e);
                // An error code that needs an operator will not go away on a retry.
                if (e is WeComApiException refused && WeComErrorCodes.NeedsOperator(refused.ErrCode))
                {
                    break;
                }
            }

            if (attempt < attempts)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(200 * attempt), time, cancellationToken);
            }
        }

        return new SessionVerdict(true, null);
    }
}
