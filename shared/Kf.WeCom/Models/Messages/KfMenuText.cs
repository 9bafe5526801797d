using System.Text.Json.Serialization;

namespace Kf.WeCom.Models.Messages;

/// <summary>A plain text menu line.</summary>
/// <param name="Content">Shown text.</param>
/// <param name="NoNewline">1 keeps the next item on the same line; null or 0 breaks the line.</param>
public sealed record KfMenuText(
    [property: JsonPropertyName("content")] string Content,
    [property: JsonPropertyName("no_newline")] int? NoNewline = null);
