using Kf.Storage.Sql;
using Kf.Storage.Tests.Backends;

namespace Kf.Storage.Tests.Contracts;

// The responder's customer mapping: one stable internal id per customer of an account.
public abstract class CustomerStoreContract<TBackend>(TBackend backend) : StoreContract<TBackend>(backend)
    where TBackend : StorageBackend
{
    private readonly string _account = NewKey("wk");
    private readonly string _customer = NewKey("wm");

    private ICustomerStore Store => new SqlCustomerStore(Backend.Database, Time);

    [Fact]
    public async Task Should_return_the_same_customer_when_the_same_contact_returns()
    {
        var first = await Store.GetOrCreateAsync(_account, _customer);
        Time.Now = Start.AddDays(1);

        var again = await Store.GetOrCreateAsync(_account, _customer);

        Assert.Equal(new Customer(first.UserId, _account, _customer, Start), again);
        Assert.False(string.IsNullOrWhiteSpace(first.UserId));
    }

    [Fact]
    public async Task Should_create_one_customer_when_20_first_contacts_race()
    {
        var customers = await RaceAsync(20, _ => Store.GetOrCreateAsync(_account, _customer));

        Assert.Single(customers.Select(c => c.UserId).Distinct());
    }

    [Fact]
    public async Task Should_give_different_ids_when_the_account_or_the_customer_differs()
    {
        var ids = new[]
        {
            (await Store.GetOrCreateAsync(_account, _customer)).UserId,
            (await Store.GetOrCreateAsync(NewKey("wk"), _customer)).UserId,
            (await Store.GetOrCreateAsync(_account, NewKey("wm"))).UserId,
            (await Store.GetOrCreateAsync(_account, _customer.ToUpperInvariant())).UserId,
        };

        Assert.Equal(ids.Length, ids.Distinct().Count());
    }

    [Fact]
    public async Task Should_find_the_customer_when_looked_up_by_user_id()
    {
        var customer = await Store.GetOrCreateAsync(_account, _customer);

        Assert.Equal(customer, await Store.FindAsync(customer.UserId));
        Assert.Null(await Store.FindAsync(NewKey("u")));
    }

    [Fact]
    public async Task Should_return_the_latest_value_when_backend_state_is_set_twice()
    {
        var user = (await Store.GetOrCreateAsync(_account, _customer)).UserId;

        await Store.SetBackendStateAsync(user, "coze", "conversation_id", "7400000000000000001");
        await Store.SetBackendStateAsync(user, "coze", "conversation_id", "7400000000000000002");

        Assert.Equal("7400000000000000002", await Store.GetBackendStateAsync(user, "coze", "conversation_id"));
    }

    [Fact]
    public async Task Should_keep_backends_and_customers_apart_when_state_is_set()
    {
        var user = (await Store.GetOrCreateAsync(_account, _customer)).UserId;
        var other = (await Store.GetOrCreateAsync(_account, NewKey("wm"))).UserId;

        await Store.SetBackendStateAsync(user, "coze", "conversation_id", "会话-😀");

        Assert.Equal("会话-😀", await Store.GetBackendStateAsync(user, "coze", "conversation_id"));
        Assert.Null(await Store.GetBackendStateAsync(user, "openai", "conversation_id"));
        Assert.Null(await Store.GetBackendStateAsync(other, "coze", "conversation_id"));
    }

    [Fact]
    public async Task Should_forget_the_value_when_backend_state_is_set_to_null()
    {
        var user = (await Store.GetOrCreateAsync(_account, _customer)).UserId;
        await Store.SetBackendStateAsync(user, "coze", "conversation_id", "c1");

        await Store.SetBackendStateAsync(user, "coze", "conversation_id", null);

        Assert.Null(await Store.GetBackendStateAsync(user, "coze", "conversation_id"));
    }
}
