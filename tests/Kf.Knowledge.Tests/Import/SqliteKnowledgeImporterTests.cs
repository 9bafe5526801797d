using Kf.Knowledge.Tests.Import.Backends;

namespace Kf.Knowledge.Tests.Import;

public sealed class SqliteKnowledgeImporterTests(SqliteImportBackend backend) : KnowledgeImporterContract<SqliteImportBackend>(backend);
