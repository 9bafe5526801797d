using Kf.Storage.Tests.Backends;
using Kf.Storage.Tests.Contracts;

namespace Kf.Storage.Tests;

public sealed class SqliteDeliveryLedgerTests(SqliteBackend backend) : DeliveryLedgerContract<SqliteBackend>(backend);
