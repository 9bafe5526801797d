namespace Kf.Storage.Knowledge;

/// <summary>A question the bot could not answer from its knowledge, recorded for people to resolve.</summary>
/// <param name="Profile">The bot profile asked.</param>
/// <param name="Question">The customer's text (trimmed, bounded to 1,000 characters by the store).</param>
/// <param name="GroupKey">The normalized form questions are grouped by (see the retrieval tokenizer's normalization).</param>
/// <param name="OpenKfId">The account it came in on.</param>
/// <param name="ExternalUserId">The customer.</param>
/// <param name="MsgId">The customer message; recording the same msgid twice stores it once.</param>
/// <param name="BestScore">The best retrieval confidence seen, 0..1.</param>
/// <param name="AskedAt">When the customer sent it.</param>
public sealed record UnknownQuestion(
    string Profile,
    string Question,
    string GroupKey,
    string OpenKfId,
    string ExternalUserId,
    string MsgId,
    double BestScore,
    DateTimeOffset AskedAt);
