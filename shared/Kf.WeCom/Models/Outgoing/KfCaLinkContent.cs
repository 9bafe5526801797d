using System.Text.Json.Serialization;

namespace Kf.WeCom.Models.Outgoing;

/// <summary>An outgoing <c>ca_link</c> (获客链接) payload.</summary>
/// <param name="LinkUrl">The customer-acquisition link.</param>
public sealed record KfCaLinkContent([property: JsonPropertyName("link_url")] string LinkUrl);
