using System.Text.Json.Serialization;

namespace Kf.WeCom.Models;

/// <summary>Body of <c>kf/sync_msg</c>.</summary>
public sealed record SyncMsgRequest
{
    /// <summary>The account to pull; always sent, so concurrent pullers of other accounts do not interfere.</summary>
    [JsonPropertyName("open_kfid")]
    public required string OpenKfId { get; init; }

    /// <summary>The <c>next_cursor</c> of the previous batch (≤ 64 bytes); null pulls up to 3 days of history.</summary>
    [JsonPropertyName("cursor")]
    public string? Cursor { get; init; }

    /// <summary>The callback's <c>Token</c> (valid 10 minutes); lifts the strict rate limit.</summary>
    [JsonPropertyName("token")]
    public string? Token { get; init; }

    /// <summary>Batch size, 1 to 1000; null means WeCom's default of 1000.</summary>
    [JsonPropertyName("limit")]
    public int? Limit { get; init; }

    /// <summary>Format of voice media; null means AMR.</summary>
    [JsonPropertyName("voice_format")]
    public VoiceFormat? VoiceFormat { get; init; }
}
