using Kf.Storage.Tests.Backends;
using Kf.Storage.Tests.Contracts;

namespace Kf.Storage.Tests;

public sealed class SqliteMessageLogTests(SqliteBackend backend) : MessageLogContract<SqliteBackend>(backend);
