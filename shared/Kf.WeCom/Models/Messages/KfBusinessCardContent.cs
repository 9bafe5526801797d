using System.Text.Json.Serialization;

namespace Kf.WeCom.Models.Messages;

/// <summary>A <c>business_card</c> payload: a WeCom member's card.</summary>
/// <param name="UserId">The member's userid.</param>
public sealed record KfBusinessCardContent([property: JsonPropertyName("userid")] string UserId);
