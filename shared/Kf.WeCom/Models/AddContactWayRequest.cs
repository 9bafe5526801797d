using System.Text.Json.Serialization;

namespace Kf.WeCom.Models;

/// <summary>Body of <c>kf/add_contact_way</c>.</summary>
/// <param name="OpenKfId">The 微信客服 account.</param>
/// <param name="Scene">Optional scene, at most 32 bytes of <c>[0-9a-zA-Z_-]</c>; returned in enter_session.</param>
public sealed record AddContactWayRequest(
    [property: JsonPropertyName("open_kfid")] string OpenKfId,
    [property: JsonPropertyName("scene")] string? Scene = null);
