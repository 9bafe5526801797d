using System.Text.Json.Serialization;

namespace Kf.WeCom.Models;

/// <summary>Body of <c>kf/customer/batchget</c>.</summary>
/// <param name="ExternalUserIdList">1 to 100 customers.</param>
/// <param name="NeedEnterSessionContext">1 to return each customer's last enter_session context.</param>
public sealed record CustomerBatchGetRequest(
    [property: JsonPropertyName("external_userid_list")] IReadOnlyList<string> ExternalUserIdList,
    [property: JsonPropertyName("need_enter_session_context")] int NeedEnterSessionContext = 0);
