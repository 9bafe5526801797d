namespace Kf.Storage;

/// <summary>
/// Every message intake pulled, keyed by msgid. The durable record behind the Redis claim: it
/// answers "was this msgid handled?" after claims expire and shows what was recorded but not answered.
/// </summary>
public interface IMessageLog
{
    /// <summary>Records the entry once. Returns false, changing nothing, when the msgid is already there.</summary>
    Task<bool> TryRecordAsync(MessageLogEntry entry, CancellationToken cancellationToken = default);

    /// <summary>
    /// Records every entry whose msgid is not there yet, all or none (one transaction), with one
    /// recording time. Returns how many were new; a msgid already recorded, or repeated in
    /// <paramref name="entries"/>, keeps its first entry and is not counted.
    /// </summary>
    Task<int> TryRecordManyAsync(IReadOnlyList<MessageLogEntry> entries, CancellationToken cancellationToken = default);

    /// <summary>The entry for a msgid, or null.</summary>
    Task<MessageLogEntry?> FindAsync(string msgId, CancellationToken cancellationToken = default);

    /// <summary>Which of <paramref name="msgIds"/> are recorded.</summary>
    Task<IReadOnlySet<string>> FindRecordedAsync(IReadOnlyCollection<string> msgIds, CancellationToken cancellationToken = default);

    /// <summary>Entries of one account in send-time order, newest last; for tests and repair tools.</summary>
    Task<IReadOnlyList<MessageLogEntry>> ListAsync(string openKfId, int limit, CancellationToken cancellationToken = default);
}
