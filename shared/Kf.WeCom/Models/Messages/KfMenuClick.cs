using System.Text.Json.Serialization;

namespace Kf.WeCom.Models.Messages;

/// <summary>A reply menu item.</summary>
/// <param name="Id">Item id (1–128 bytes), returned as <c>menu_id</c> of the customer's reply.</param>
/// <param name="Content">Shown text (1–128 bytes).</param>
public sealed record KfMenuClick(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("content")] string Content);
