using System.Collections.Concurrent;

namespace Kf.Sender.Sending;

/// <summary>
/// send_msg outcomes this process got but could not settle (the ledger write, the release or the
/// redelivery threw after the call). The bus's retry runs the consumer again in this process, with
/// the claim still held: it settles the remembered outcome instead of calling send_msg a second time.
/// Bounded: past <see cref="Capacity"/> (a database down for long) a part is claimed and sent again
/// once its claim lapses, as after a crash.
/// </summary>
internal sealed class UnrecordedOutcomes
{
    public const int Capacity = 10_000;

    private readonly ConcurrentDictionary<string, UnrecordedOutcome> _outcomes = new(StringComparer.Ordinal);

    public void Remember(string sendMsgId, SendOutcome outcome, int attempt)
    {
        if (_outcomes.Count < Capacity)
        {
            _outcomes[sendMsgId] = new UnrecordedOutcome(outcome, attempt);
        }
    }

    /// <summary>Takes out the outcome remembered for the send msgid, if any.</summary>
    public UnrecordedOutcome? Take(string sendMsgId) => _outcomes.TryRemove(sendMsgId, out var pending) ? pending : null;
}
