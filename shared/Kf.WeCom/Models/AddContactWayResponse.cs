using System.Text.Json.Serialization;

namespace Kf.WeCom.Models;

/// <summary>Answer of <c>kf/add_contact_way</c>.</summary>
public sealed class AddContactWayResponse : WeComResponse
{
    /// <summary>The contact link; append <c>&amp;scene_param=</c> (≤ 128 bytes, URL-encoded) to tag entries.</summary>
    [JsonPropertyName("url")]
    public string Url { get; init; } = string.Empty;
}
