using System.Text.Json.Serialization;

namespace Kf.WeCom.Models.Messages;

/// <summary>A mini program menu item.</summary>
/// <param name="AppId">The mini program's appid.</param>
/// <param name="PagePath">Page opened on click.</param>
/// <param name="Content">Shown text.</param>
public sealed record KfMenuMiniProgram(
    [property: JsonPropertyName("appid")] string AppId,
    [property: JsonPropertyName("pagepath")] string PagePath,
    [property: JsonPropertyName("content")] string Content);
