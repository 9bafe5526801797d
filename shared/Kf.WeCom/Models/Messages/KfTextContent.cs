using System.Text.Json.Serialization;

namespace Kf.WeCom.Models.Messages;

/// <summary>A <c>text</c> payload, received or sent (sent: at most 2048 UTF-8 bytes).</summary>
/// <param name="Content">The text.</param>
/// <param name="MenuId">On received text: the id of the menu item the customer clicked; never sent.</param>
public sealed record KfTextContent(
    [property: JsonPropertyName("content")] string Content,
    [property: JsonPropertyName("menu_id")] string? MenuId = null);
