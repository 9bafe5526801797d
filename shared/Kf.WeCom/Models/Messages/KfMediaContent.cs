using System.Text.Json.Serialization;

namespace Kf.WeCom.Models.Messages;

/// <summary>An <c>image</c>, <c>voice</c>, <c>video</c> or <c>file</c> payload: temporary media valid 3 days.</summary>
/// <param name="MediaId">Fetch received media with <c>GetMediaAsync</c>; upload outgoing media with <c>UploadMediaAsync</c>.</param>
public sealed record KfMediaContent([property: JsonPropertyName("media_id")] string MediaId);
