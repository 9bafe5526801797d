using System.Text.Json.Serialization;

namespace Kf.WeCom.Models.Messages;

/// <summary>A hyperlink menu item.</summary>
/// <param name="Url">Target (1–2048 bytes).</param>
/// <param name="Content">Shown text (1–1024 bytes).</param>
public sealed record KfMenuView(
    [property: JsonPropertyName("url")] string Url,
    [property: JsonPropertyName("content")] string Content);
