namespace Kf.Storage.Conversations;

/// <summary>What the responder decided for one customer message. Stored as its name.</summary>
public enum AnswerOutcome
{
    /// <summary>A model answered; the parts carry its answer.</summary>
    Answered,

    /// <summary>The model timed out or failed; the parts carry the friendly error reply.</summary>
    BackendFailed,

    /// <summary>No model is configured; the parts say how to configure one.</summary>
    NoModel,

    /// <summary>Not a text message; the parts carry the configured polite reply.</summary>
    NonText,

    /// <summary>The session was queued, with a human or ended (state 2/3/4): nothing is sent.</summary>
    HumanHolds,

    /// <summary>No model is configured and a FAQ pair of the knowledge base matched confidently; the parts carry its answer.</summary>
    FaqAnswered,

    /// <summary>
    /// The knowledge base does not cover the question (low confidence, or the model said so): the parts carry
    /// <c>Knowledge:HandoffReply</c> and the question is recorded as unknown.
    /// </summary>
    NeedsHuman,
}
