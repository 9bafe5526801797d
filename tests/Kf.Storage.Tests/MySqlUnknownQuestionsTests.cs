using Kf.Storage.Tests.Backends;
using Kf.Storage.Tests.Contracts;

namespace Kf.Storage.Tests;

public sealed class MySqlUnknownQuestionsTests(MySqlBackend backend) : UnknownQuestionsContract<MySqlBackend>(backend);
