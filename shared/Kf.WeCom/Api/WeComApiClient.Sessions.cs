using Kf.WeCom.Models;

namespace Kf.WeCom.Api;

public sealed partial class WeComApiClient
{
    /// <summary>Reads a customer's session state; the bot may send only in 0 and 1.</summary>
    /// <exception cref="ArgumentException">A missing open_kfid or external_userid.</exception>
    public Task<ServiceStateGetResponse> GetServiceStateAsync(ServiceStateGetRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        KfRequestValidator.Required(request.OpenKfId, "open_kfid", nameof(request));
        KfRequestValidator.Required(request.ExternalUserId, "external_userid", nameof(request));
        return PostJsonAsync<ServiceStateGetRequest, ServiceStateGetResponse>(WeComApis.ServiceStateGet, request, cancellationToken);
    }

    /// <summary>
    /// Changes a session's state, e.g. hands it to the queue (2) or to a serving servicer (3). The
    /// returned msg_code allows one send_msg_on_event message (the queue notice).
    /// </summary>
    /// <exception cref="ArgumentException">A missing field, an undefined state, or state 3 without a servicer.</exception>
    public Task<ServiceStateTransResponse> TransServiceStateAsync(ServiceStateTransRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        KfRequestValidator.Required(request.OpenKfId, "open_kfid", nameof(request));
        KfRequestValidator.Required(request.ExternalUserId, "external_userid", nameof(request));
        if (!Enum.IsDefined(request.ServiceState))
        {
            throw new ArgumentException($"service_state {(int)request.ServiceState} is not a state (0–4).", nameof(request));
        }

        if (request.ServiceState == ServiceState.ServedByHuman)
        {
            KfRequestValidator.Required(request.ServicerUserId, "servicer_userid (for state 3)", nameof(request));
        }

        return PostJsonAsync<ServiceStateTransRequest, ServiceStateTransResponse>(WeComApis.ServiceStateTrans, request, cancellationToken);
    }

    /// <summary>Lists 微信客服 accounts, one page (limit 1–100) at a time.</summary>
    /// <exception cref="ArgumentException">A negative offset or a limit outside 1–100.</exception>
    public Task<AccountListResponse> ListAccountsAsync(AccountListRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        KfRequestValidator.Range(request.Offset, 0, int.MaxValue, "account/list offset", nameof(request));
        KfRequestValidator.Range(request.Limit, 1, 100, "account/list limit", nameof(request));
        return PostJsonAsync<AccountListRequest, AccountListResponse>(WeComApis.AccountList, request, cancellationToken);
    }

    /// <summary>Gets an account's contact link; the scene comes back in enter_session.</summary>
    /// <exception cref="ArgumentException">A missing open_kfid, or a scene that is not 1–32 of [0-9a-zA-Z_-].</exception>
    public Task<AddContactWayResponse> AddContactWayAsync(AddContactWayRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        KfRequestValidator.Required(request.OpenKfId, "open_kfid", nameof(request));
        KfRequestValidator.IdCharacters(request.Scene, 32, "add_contact_way scene", nameof(request));
        return PostJsonAsync<AddContactWayRequest, AddContactWayResponse>(WeComApis.AddContactWay, request, cancellationToken);
    }

    /// <summary>Reads up to 100 customers' profiles.</summary>
    /// <exception cref="ArgumentException">An empty list, more than 100 ids, or an empty id.</exception>
    public Task<CustomerBatchGetResponse> BatchGetCustomersAsync(CustomerBatchGetRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(request.ExternalUserIdList, nameof(request));
        KfRequestValidator.Range(request.ExternalUserIdList.Count, 1, 100, "customer/batchget external_userid_list size", nameof(request));
        foreach (var id in request.ExternalUserIdList)
        {
            KfRequestValidator.Required(id, "each external_userid", nameof(request));
        }

        return PostJsonAsync<CustomerBatchGetRequest, CustomerBatchGetResponse>(WeComApis.CustomerBatchGet, request, cancellationToken);
    }

    /// <summary>Lists an account's servicers and whether each is serving.</summary>
    /// <exception cref="ArgumentException">A missing open_kfid.</exception>
    public Task<ServicerListResponse> ListServicersAsync(string openKfId, CancellationToken cancellationToken = default)
    {
        KfRequestValidator.Required(openKfId, "open_kfid", nameof(openKfId));
        return GetJsonAsync<ServicerListResponse>(WeComApis.ServicerList, $"&open_kfid={Uri.EscapeDataString(openKfId)}", cancellationToken);
    }
}
