using System.Text.Json.Serialization;

namespace Kf.WeCom.Models;

/// <summary>Body of <c>kf/account/list</c>.</summary>
/// <param name="Offset">Index of the first account, from 0.</param>
/// <param name="Limit">Page size, 1 to 100.</param>
public sealed record AccountListRequest(
    [property: JsonPropertyName("offset")] int Offset = 0,
    [property: JsonPropertyName("limit")] int Limit = 100);
