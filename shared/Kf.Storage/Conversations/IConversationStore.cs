namespace Kf.Storage.Conversations;

/// <summary>
/// The responder's durable state: answer plans keyed by customer msgid (the processed-msgid ledger),
/// each customer's reply chain, and bounded conversation memory. A plan, its chain step and its memory
/// are written in one transaction, so a msgid is either fully planned or not at all.
/// </summary>
public interface IConversationStore
{
    /// <summary>The plan stored for a customer msgid, or null when it was never planned.</summary>
    Task<AnswerPlan?> FindPlanAsync(string msgId, CancellationToken cancellationToken = default);

    /// <summary>The customer's chain tail; version 0 and no msgid before the first plan.</summary>
    Task<CustomerChain> GetChainAsync(string openKfId, string externalUserId, CancellationToken cancellationToken = default);

    /// <summary>
    /// Stores the plan once per msgid. When it has parts, the chain moves to its last part, but only if
    /// it still is <paramref name="chain"/> (compare-and-set). <paramref name="memory"/>, when given, is
    /// remembered and pruned in the same transaction.
    /// </summary>
    Task<PlanSaveResult> SavePlanAsync(AnswerPlan plan, CustomerChain chain, MemoryUpdate? memory, CancellationToken cancellationToken = default);

    /// <summary>Records that every part of the plan is on the bus.</summary>
    Task MarkPublishedAsync(string msgId, CancellationToken cancellationToken = default);

    /// <summary>The customer's remembered turns within <paramref name="limits"/>, oldest first.</summary>
    Task<IReadOnlyList<MemoryTurn>> RecentTurnsAsync(string userId, MemoryLimits limits, CancellationToken cancellationToken = default);

    /// <summary>
    /// The customer's messages that intake published (message log, disposition Published) before the
    /// message <paramref name="msgId"/> and that have no plan yet, in send_time order (ties in the order
    /// intake recorded them), sent at or after <paramref name="notBefore"/>; at most <paramref name="limit"/>.
    /// </summary>
    Task<IReadOnlyList<MessageLogEntry>> ListUnplannedBeforeAsync(
        string openKfId, string externalUserId, string msgId, DateTimeOffset sendTime, DateTimeOffset notBefore, int limit,
        CancellationToken cancellationToken = default);
}
