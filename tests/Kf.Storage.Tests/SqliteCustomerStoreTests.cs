using Kf.Storage.Tests.Backends;
using Kf.Storage.Tests.Contracts;

namespace Kf.Storage.Tests;

public sealed class SqliteCustomerStoreTests(SqliteBackend backend) : CustomerStoreContract<SqliteBackend>(backend);
