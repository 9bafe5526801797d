using System.Text.Json.Serialization;

namespace Kf.WeCom.Models.Messages;

/// <summary>A received <c>channels_shop_product</c> payload: a 视频号 shop product.</summary>
public sealed record KfChannelsShopProductContent
{
    /// <summary>Product id.</summary>
    [JsonPropertyName("product_id")]
    public string ProductId { get; init; } = string.Empty;

    /// <summary>Product image URL.</summary>
    [JsonPropertyName("head_image")]
    public string HeadImage { get; init; } = string.Empty;

    /// <summary>Product title.</summary>
    [JsonPropertyName("title")]
    public string Title { get; init; } = string.Empty;

    /// <summary>Price in fen, as WeCom sends it.</summary>
    [JsonPropertyName("sales_price")]
    public string SalesPrice { get; init; } = string.Empty;

    /// <summary>Shop name.</summary>
    [JsonPropertyName("shop_nickname")]
    public string ShopNickname { get; init; } = string.Empty;

    /// <summary>Shop avatar URL.</summary>
    [JsonPropertyName("shop_head_image")]
    public string ShopHeadImage { get; init; } = string.Empty;
}
