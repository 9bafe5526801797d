using Kf.Storage.Tests.Backends;
using Kf.Storage.Tests.Contracts;

namespace Kf.Storage.Tests;

public sealed class MySqlCustomerStoreTests(MySqlBackend backend) : CustomerStoreContract<MySqlBackend>(backend);
