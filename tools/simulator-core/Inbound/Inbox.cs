using Kf.Simulator.Callbacks;

namespace Kf.Simulator.Inbound;

/// <summary>
/// Stores what a customer, a servicer or the system "said" and announces it with a callback.
/// Callers hold the state gate.
/// </summary>
internal sealed class Inbox(SimulatorState state, SimIds ids, CallbackQueue pushes)
{
    /// <summary>Stores one message; null when the store is full (the control API answers 507).</summary>
    public StoredMessage? Append(SessionKey key, int origin, string? servicer, string msgtype, JsonObject payload, DateTimeOffset sendTime, bool push)
    {
        if (!state.Messages.TryAppend(
                seq => new StoredMessage(seq, ids.InboundMsgId(), key.OpenKfId, key.ExternalUserId, sendTime, origin, servicer, msgtype, payload),
                state.Now,
                out var message))
        {
            return null;
        }

        if (push && !pushes.TryEnqueue(key.OpenKfId))
        {
            state.Stats.CallbacksDropped++;
        }

        return message;
    }

    /// <summary>Stores a system event (origin 4) with <c>event_type</c>, <c>open_kfid</c> and <c>external_userid</c> filled in.</summary>
    public StoredMessage? Event(SessionKey key, string eventType, JsonObject fields)
    {
        var payload = new JsonObject
        {
            ["event_type"] = eventType,
            ["open_kfid"] = key.OpenKfId,
            ["external_userid"] = key.ExternalUserId,
        };
        foreach (var (name, value) in fields)
        {
            payload[name] = value?.DeepClone();
        }

        return Append(key, StoredMessage.OriginSystem, null, "event", payload, state.Now, push: true);
    }
}
