namespace Kf.Storage;

/// <summary>
/// Every message intake pulled, keyed by msgid. The durable record behind the Redis claim: it
/// answers "was this msgid handled?" after claims expire and shows what was recorded but not answered.
/// </summary>
public interface IMessageLog
{
    /// <summary>Records the entry once. Returns false, changing nothing, when the msgid is already there.</summary>
    Task<bool> TryRecordAsync(MessageLogEntry entry, CancellationToken cancellationToken = default);

    /// <summary>The entry for a msgid, or null.</summary>
    Task<MessageLogEntry?> FindAsync(string msgId, CancellationToken cancellationToken = default);

    /// <summary>Entries of one account in send-time order, newest last; for tests and repair tools.</summary>
    Task<IReadOnlyList<MessageLogEntry>> ListAsync(string openKfId, int limit, CancellationToken cancellationToken = default);
}
