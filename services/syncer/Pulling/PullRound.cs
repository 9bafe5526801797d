using Kf.Coordination;
using Kf.Storage;
using Kf.Syncer.Diagnostics;
using Kf.WeCom;
using Kf.WeCom.Api;
using Kf.WeCom.Models;
using Microsoft.Extensions.Options;

namespace Kf.Syncer.Pulling;

/// <summary>
/// The sync_msg loop of one lease holder: from the stored cursor until has_more = 0, each page handled
/// as a whole (<see cref="PageHandler"/>), then its next_cursor saved with the lease's fence (WECOM_PROTOCOL.md §3).
/// </summary>
internal sealed class PullRound(
    WeComApiClient api,
    ICursorStore cursors,
    ILeases leases,
    PageHandler handler,
    IOptions<SyncerOptions> options,
    ILogger<PullRound> logger)
{
    public async Task<PullOutcome> RunAsync(Lease lease, string openKfId, string? syncToken, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var stored = await cursors.GetAsync(openKfId, cancellationToken);
        // Cold start: no cursor, so sync_msg replays up to 3 days. The cursor is saved only when the
        // whole history is through: a half-done cold start saved midway would make the rest look new.
        var coldStart = stored is null;
        var cursor = stored?.Cursor;
        var (pages, messages) = (0, 0);
        var outcome = PullOutcome.Truncated;
        while (pages < settings.MaxPagesPerPull && messages < settings.MaxMessagesPerPull)
        {
            if (pages > 0 && !await leases.RenewAsync(lease, settings.LeaseTtl))
            {
                outcome = PullOutcome.LeaseLost;
                break;
            }

            SyncMsgResponse page;
            (page, syncToken) = await SyncAsync(openKfId, cursor, syncToken, cancellationToken);
            pages++;
            if (!await handler.HandleAsync(page.MsgList, openKfId, coldStart, cancellationToken))
            {
                outcome = PullOutcome.Blocked;
                break;
            }

            messages += page.MsgList.Count;
            var next = string.IsNullOrEmpty(page.NextCursor) ? cursor : page.NextCursor;
            var done = !page.HasMoreMessages;
            if ((!coldStart || done) && next is not null && next != stored?.Cursor)
            {
                if (!await cursors.TrySaveAsync(openKfId, next, lease.Fence, cancellationToken))
                {
                    outcome = PullOutcome.LeaseLost;
                    break;
                }
            }

            cursor = next;
            if (done)
            {
                outcome = PullOutcome.Drained;
                break;
            }
        }

        if (coldStart && outcome == PullOutcome.Truncated)
        {
            // A follow-up would start cold again from the same place: stop and say which key to raise.
            logger.ColdStartTruncated(openKfId);
            outcome = PullOutcome.ColdStartTruncated;
        }

        logger.PullFinished(openKfId, outcome, pages, messages, coldStart);
        return outcome;
    }

    private async Task<(SyncMsgResponse Page, string? Token)> SyncAsync(string openKfId, string? cursor, string? token, CancellationToken cancellationToken)
    {
        try
        {
            return (await api.SyncMsgAsync(Request(openKfId, cursor, token), cancellationToken), token);
        }
        catch (WeComApiException e) when (e.ErrCode == WeComErrorCodes.InvalidSyncToken && token is not null)
        {
            // The callback's token lives 10 minutes; a late or retried notice still gets its messages.
            logger.SyncTokenRejected(openKfId);
            return (await api.SyncMsgAsync(Request(openKfId, cursor, null), cancellationToken), null);
        }
    }

    private SyncMsgRequest Request(string openKfId, string? cursor, string? token) => new()
    {
        OpenKfId = openKfId,
        Cursor = cursor,
        Token = token,
        Limit = options.Value.BatchLimit,
    };
}
