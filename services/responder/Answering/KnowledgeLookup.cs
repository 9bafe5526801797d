using Kf.Knowledge;
using Kf.Knowledge.Retrieval;
using Kf.Storage.Conversations;
using Kf.Storage.Knowledge;
using Microsoft.Extensions.Options;

namespace Kf.Responder.Answering;

/// <summary>
/// The knowledge side of an answer: searches the profile of the message's account, answers from a FAQ pair
/// when no model is configured, and turns a question the knowledge does not cover into "needs a human" with
/// the question recorded for people to resolve.
/// </summary>
internal sealed class KnowledgeLookup(IKnowledgeBase knowledge, IKnowledgeStore store, IOptions<KnowledgeOptions> options)
{
    /// <summary>The top <c>Knowledge:TopK</c> hits, or null when the profile holds no knowledge (answer as without a knowledge base).</summary>
    public async Task<Retrieved?> FindAsync(IncomingMessage message, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var profile = settings.ProfileOf(message.OpenKfId);
        if (!await knowledge.HasKnowledgeAsync(profile, cancellationToken))
        {
            return null;
        }

        return new Retrieved(profile, await knowledge.SearchAsync(profile, message.Text!, settings.TopK, cancellationToken));
    }

    /// <summary>Whether the best hit is too weak to put before a model (<c>Knowledge:MinConfidence</c>).</summary>
    public bool TooWeak(Retrieved retrieved) => retrieved.BestConfidence < options.Value.MinConfidence;

    /// <summary>FAQ mode: the answer of the most confident FAQ pair at or above <c>Knowledge:FaqMinConfidence</c>, else needs a human.</summary>
    public async Task<Composed> AnswerFromFaqAsync(IncomingMessage message, Retrieved retrieved, CancellationToken cancellationToken)
    {
        var threshold = options.Value.FaqMinConfidence;
        if (retrieved.BestFaq is { } faq && faq.FaqConfidence >= threshold)
        {
            return new Composed(
                AnswerOutcome.FaqAnswered, faq.Chunk.Answer!, $"faq {faq.Chunk.DocumentName}#{faq.Chunk.Ordinal}, confidence {Retrieved.Format(faq.FaqConfidence)}");
        }

        var best = retrieved.BestFaq is { } weak ? Retrieved.Format(weak.FaqConfidence) : "none";
        return await NeedsHumanAsync(message, retrieved, $"no model; best FAQ confidence {best} < Knowledge:FaqMinConfidence {Retrieved.Format(threshold)}", cancellationToken);
    }

    /// <summary>
    /// Records the question as unknown (once per msgid, so a redelivered message does not count twice) and
    /// replies <c>Knowledge:HandoffReply</c>. The reason says why, never what the customer wrote.
    /// </summary>
    public async Task<Composed> NeedsHumanAsync(IncomingMessage message, Retrieved retrieved, string reason, CancellationToken cancellationToken)
    {
        var text = message.Text!.Trim();
        await store.RecordUnknownAsync(
            new UnknownQuestion(
                retrieved.Profile, text, GroupKey(text), message.OpenKfId, message.ExternalUserId, message.MsgId, retrieved.BestConfidence, message.SendTime),
            cancellationToken);
        return new Composed(AnswerOutcome.NeedsHuman, options.Value.HandoffReply, reason);
    }

    // Only punctuation or emoji ("？？", "👍") has an empty normalized form: such a message groups as itself.
    private static string GroupKey(string text) =>
        QuestionKey.Of(text) is { Length: > 0 } key ? key : text[..Math.Min(text.Length, KnowledgeLimits.MaxGroupKeyLength)];

    /// <summary>The reason of a question too weak for the model.</summary>
    public string WeakReason(Retrieved retrieved) =>
        $"best confidence {Retrieved.Format(retrieved.BestConfidence)} < Knowledge:MinConfidence {Retrieved.Format(options.Value.MinConfidence)}; model not asked";
}
