namespace Kf.Simulator.State;

/// <summary>
/// One push attempt. <see cref="Outcome"/> is <c>delivered</c>, <c>failed</c> (non-200, error or
/// no answer within the timeout), <c>dropped</c> or <c>suspended</c> (a fault stopped it).
/// </summary>
internal sealed record CallbackAttempt(
    long PushId,
    string OpenKfId,
    string SyncToken,
    int Attempt,
    string Outcome,
    int? Status,
    string? Error,
    DateTimeOffset At);
