namespace Kf.Storage.Conversations;

/// <summary>How much conversation memory to keep per customer.</summary>
/// <param name="MaxMessages">Messages kept (a question and its answer are two).</param>
/// <param name="ExpireBefore">Turns remembered before this instant are forgotten.</param>
public sealed record MemoryLimits(int MaxMessages, DateTimeOffset ExpireBefore);
