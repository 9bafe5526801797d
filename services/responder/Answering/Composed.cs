using Kf.Storage.Conversations;

namespace Kf.Responder.Answering;

/// <summary>What to say to one message, before it is planned into parts.</summary>
/// <param name="Outcome">Why this text.</param>
/// <param name="Text">The reply; null when nothing is sent.</param>
/// <param name="Reason">For the plan record and people; never customer text.</param>
internal sealed record Composed(AnswerOutcome Outcome, string? Text, string? Reason);
