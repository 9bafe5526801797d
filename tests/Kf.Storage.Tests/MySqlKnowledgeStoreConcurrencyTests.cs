using Kf.Storage.Tests.Backends;
using Kf.Storage.Tests.Contracts;

namespace Kf.Storage.Tests;

public sealed class MySqlKnowledgeStoreConcurrencyTests(MySqlBackend backend) : KnowledgeStoreConcurrencyContract<MySqlBackend>(backend);
