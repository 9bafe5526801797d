namespace Kf.Storage;

/// <summary>
/// The customer mapping: (open_kfid, external_userid) ↔ an internal user id, created on first contact,
/// with per-backend state kept alongside (for example the Coze conversation id). A customer is one per
/// account: the same WeChat user writing to two accounts has two conversations and two ids.
/// </summary>
public interface ICustomerStore
{
    /// <summary>
    /// The customer, created with a new user id on first contact. Atomic: callers racing on one
    /// first contact all get the same customer, and later calls always return it.
    /// </summary>
    Task<Customer> GetOrCreateAsync(string openKfId, string externalUserId, CancellationToken cancellationToken = default);

    /// <summary>The customer with this user id, or null.</summary>
    Task<Customer?> FindAsync(string userId, CancellationToken cancellationToken = default);

    /// <summary>
    /// Sets one value of a backend's state for the customer (e.g. backend <c>coze</c>, key
    /// <c>conversation_id</c>); null removes it. The user id must come from <see cref="GetOrCreateAsync"/>.
    /// </summary>
    Task SetBackendStateAsync(string userId, string backend, string key, string? value, CancellationToken cancellationToken = default);

    /// <summary>The value set for that backend and key, or null.</summary>
    Task<string?> GetBackendStateAsync(string userId, string backend, string key, CancellationToken cancellationToken = default);
}
