using Kf.Storage.Tests.Backends;
using Kf.Storage.Tests.Contracts;

namespace Kf.Storage.Tests;

public sealed class MySqlMessageLogTests(MySqlBackend backend) : MessageLogContract<MySqlBackend>(backend);
