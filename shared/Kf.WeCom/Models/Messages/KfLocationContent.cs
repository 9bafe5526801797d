using System.Text.Json.Serialization;

namespace Kf.WeCom.Models.Messages;

/// <summary>A <c>location</c> payload, received or sent.</summary>
public sealed record KfLocationContent
{
    /// <summary>Latitude, −90 to 90.</summary>
    [JsonPropertyName("latitude")]
    public double Latitude { get; init; }

    /// <summary>Longitude, −180 to 180.</summary>
    [JsonPropertyName("longitude")]
    public double Longitude { get; init; }

    /// <summary>Name of the place.</summary>
    [JsonPropertyName("name")]
    public string? Name { get; init; }

    /// <summary>Address.</summary>
    [JsonPropertyName("address")]
    public string? Address { get; init; }
}
