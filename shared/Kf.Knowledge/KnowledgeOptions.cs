using System.ComponentModel.DataAnnotations;

namespace Kf.Knowledge;

/// <summary>The knowledge base (<c>Knowledge</c> section): profiles, chunking, retrieval and the hand-off threshold.</summary>
public sealed class KnowledgeOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Knowledge";

    /// <summary>The bot profile of accounts not listed in <see cref="AccountProfiles"/>.</summary>
    [Required(ErrorMessage = "Knowledge:DefaultProfile is required.")]
    [RegularExpression(ProfileName.Pattern, ErrorMessage = "Knowledge:DefaultProfile must be 1-64 characters of a-z, 0-9, '_' or '-'.")]
    public string DefaultProfile { get; set; } = "default";

    /// <summary>open_kfid → bot profile, for accounts that answer from a knowledge base of their own.</summary>
    public Dictionary<string, string> AccountProfiles { get; set; } = [];

    /// <summary>How many chunks go into the model's prompt.</summary>
    [Range(1, 20, ErrorMessage = "Knowledge:TopK must be between {1} and {2}.")]
    public int TopK { get; set; } = 4;

    /// <summary>Below this confidence (0..1) of the best chunk the answer is "needs a human" and the question is recorded.</summary>
    /// <remarks>
    /// Tuned on the evaluation set (tests/Kf.Knowledge.Tests/Evaluation): at 0.25, 63% of customer paraphrases
    /// (lexical alone; 58% with the test embedder) and 1 of 30 off-topic questions (2 with it) clear it; from 0.30 on none
    /// of the off-topic ones do. A model still sees the chunks above it and may decline, so this errs towards answering.
    /// </remarks>
    [Range(0.0, 1.0, ErrorMessage = "Knowledge:MinConfidence must be between {1} and {2}.")]
    public double MinConfidence { get; set; } = 0.25;

    /// <summary>
    /// In FAQ mode (no chat model), how clearly the best FAQ pair must beat the runner-up to be sent as the
    /// answer (<see cref="Retrieval.KnowledgeHit.FaqConfidence"/>: its lead in the both-ways match over the next FAQ).
    /// </summary>
    /// <remarks>
    /// Sent as is, a wrong answer costs more than a hand-off, so this errs towards precision: on the evaluation set
    /// (lexical alone) 0.15 answers 18% of the paraphrases, 88% of them with the right FAQ, and no off-topic question;
    /// 0.10 answers 28% at 78%, 0.20 answers 13% at 92%. (The former absolute coverage ≥ 0.5 answered 17% at 74%.)
    /// </remarks>
    [Range(0.0, 1.0, ErrorMessage = "Knowledge:FaqMinConfidence must be between {1} and {2}.")]
    public double FaqMinConfidence { get; set; } = 0.15;

    /// <summary>What the customer is told when the result is "needs a human" (until hand-off itself lands).</summary>
    [Required(ErrorMessage = "Knowledge:HandoffReply is required.")]
    public string HandoffReply { get; set; } = "这个问题我暂时无法准确回答，已记录下来，稍后由人工客服为您解答。";

    /// <summary>Largest chunk, in characters.</summary>
    [Range(100, 8000, ErrorMessage = "Knowledge:ChunkMaxChars must be between {1} and {2}.")]
    public int ChunkMaxChars { get; set; } = 600;

    /// <summary>Characters a chunk repeats from the end of the previous one of the same section.</summary>
    [Range(0, 2000, ErrorMessage = "Knowledge:ChunkOverlapChars must be between {1} and {2}.")]
    public int ChunkOverlapChars { get; set; } = 80;

    /// <summary>Largest document accepted by import, in bytes.</summary>
    [Range(1024, 64 * 1024 * 1024, ErrorMessage = "Knowledge:MaxDocumentBytes must be between {1} and {2}.")]
    public int MaxDocumentBytes { get; set; } = 8 * 1024 * 1024;

    /// <summary>How often a replica checks whether the knowledge changed (another replica or the CLI imported).</summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "00:10:00", ErrorMessage = "Knowledge:RefreshInterval must be between {1} and {2}.")]
    public TimeSpan RefreshInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>The profile that answers <paramref name="openKfId"/>.</summary>
    public string ProfileOf(string openKfId) =>
        AccountProfiles.TryGetValue(openKfId, out var profile) && !string.IsNullOrWhiteSpace(profile) ? profile : DefaultProfile;
}
