using Kf.Knowledge.Tests.Import.Backends;

namespace Kf.Knowledge.Tests.Import;

public sealed class MySqlKnowledgeImporterTests(MySqlImportBackend backend) : KnowledgeImporterContract<MySqlImportBackend>(backend);
