using System.Text.Json.Serialization;

namespace Kf.WeCom.Models.Messages;

/// <summary>A received <c>channels_shop_order</c> payload: a 视频号 shop order.</summary>
public sealed record KfChannelsShopOrderContent
{
    /// <summary>Order id.</summary>
    [JsonPropertyName("order_id")]
    public string OrderId { get; init; } = string.Empty;

    /// <summary>Titles of the products in the order.</summary>
    [JsonPropertyName("product_titles")]
    public string ProductTitles { get; init; } = string.Empty;

    /// <summary>Price as displayed.</summary>
    [JsonPropertyName("price_wording")]
    public string PriceWording { get; init; } = string.Empty;

    /// <summary>Order state as displayed.</summary>
    [JsonPropertyName("state")]
    public string State { get; init; } = string.Empty;

    /// <summary>Thumbnail URL.</summary>
    [JsonPropertyName("image_url")]
    public string ImageUrl { get; init; } = string.Empty;

    /// <summary>Shop name.</summary>
    [JsonPropertyName("shop_nickname")]
    public string ShopNickname { get; init; } = string.Empty;
}
