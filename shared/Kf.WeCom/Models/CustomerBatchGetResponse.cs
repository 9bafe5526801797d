using System.Text.Json.Serialization;

namespace Kf.WeCom.Models;

/// <summary>Answer of <c>kf/customer/batchget</c>.</summary>
public sealed class CustomerBatchGetResponse : WeComResponse
{
    /// <summary>The customers found.</summary>
    [JsonPropertyName("customer_list")]
    public IReadOnlyList<KfCustomer> CustomerList { get; init; } = [];

    /// <summary>The requested ids that are not valid customers.</summary>
    [JsonPropertyName("invalid_external_userid")]
    public IReadOnlyList<string> InvalidExternalUserId { get; init; } = [];
}
