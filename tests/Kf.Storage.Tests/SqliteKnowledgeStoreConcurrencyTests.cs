using Kf.Storage.Tests.Backends;
using Kf.Storage.Tests.Contracts;

namespace Kf.Storage.Tests;

public sealed class SqliteKnowledgeStoreConcurrencyTests(SqliteBackend backend) : KnowledgeStoreConcurrencyContract<SqliteBackend>(backend);
