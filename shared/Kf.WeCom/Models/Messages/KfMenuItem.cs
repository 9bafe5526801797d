using System.Text.Json.Serialization;

namespace Kf.WeCom.Models.Messages;

/// <summary>
/// One item of a <c>msgmenu</c>: <see cref="Type"/> names which of the other properties is set.
/// Build items with the static methods so that the two always agree.
/// </summary>
public sealed record KfMenuItem
{
    /// <summary><c>click</c>, <c>view</c>, <c>miniprogram</c> or <c>text</c>.</summary>
    [JsonPropertyName("type")]
    public string Type { get; init; } = string.Empty;

    /// <summary>A reply item: clicking sends <see cref="KfMenuClick.Content"/> back with its id as <c>menu_id</c>.</summary>
    [JsonPropertyName("click")]
    public KfMenuClick? Click { get; init; }

    /// <summary>A hyperlink item.</summary>
    [JsonPropertyName("view")]
    public KfMenuView? View { get; init; }

    /// <summary>A mini program item.</summary>
    [JsonPropertyName("miniprogram")]
    public KfMenuMiniProgram? MiniProgram { get; init; }

    /// <summary>A plain text line.</summary>
    [JsonPropertyName("text")]
    public KfMenuText? Text { get; init; }

    /// <summary>A reply item.</summary>
    public static KfMenuItem ForClick(string id, string content) => new() { Type = "click", Click = new(id, content) };

    /// <summary>A hyperlink item.</summary>
    public static KfMenuItem ForView(string url, string content) => new() { Type = "view", View = new(url, content) };

    /// <summary>A mini program item.</summary>
    public static KfMenuItem ForMiniProgram(string appId, string pagePath, string content) =>
        new() { Type = "miniprogram", MiniProgram = new(appId, pagePath, content) };

    /// <summary>A text line; <paramref name="noNewline"/> keeps the next item on the same line.</summary>
    public static KfMenuItem ForText(string content, bool noNewline = false) =>
        new() { Type = "text", Text = new(content, noNewline ? 1 : null) };
}
