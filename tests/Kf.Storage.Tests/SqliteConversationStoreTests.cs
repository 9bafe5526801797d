using Kf.Storage.Tests.Backends;
using Kf.Storage.Tests.Contracts;

namespace Kf.Storage.Tests;

public sealed class SqliteConversationStoreTests(SqliteBackend backend) : ConversationStoreContract<SqliteBackend>(backend);
