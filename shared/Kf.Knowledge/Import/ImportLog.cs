using Microsoft.Extensions.Logging;

namespace Kf.Knowledge.Import;

/// <summary>Log events of the importer: profile, document name and counts, never the content.</summary>
internal static partial class ImportLog
{
    [LoggerMessage(EventId = 7101, EventName = "KnowledgeImported", Level = LogLevel.Information,
        Message = "Knowledge {Profile}/{Name} ({Format}): {Status}, {Chunks} chunks, {Embedded} embedded")]
    public static partial void Imported(ILogger logger, string profile, string name, string format, ImportStatus status, int chunks, int embedded);
}
