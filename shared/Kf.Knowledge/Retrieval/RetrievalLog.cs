using Microsoft.Extensions.Logging;

namespace Kf.Knowledge.Retrieval;

/// <summary>Log events of retrieval. Profiles, counts and exception types only: never a query or a chunk's text.</summary>
internal static partial class RetrievalLog
{
    [LoggerMessage(EventId = 1, EventName = "KnowledgeIndexLoaded", Level = LogLevel.Information,
        Message = "Knowledge index of profile {Profile} loaded at version {Version}: {Chunks} chunks, {Vectors} with vectors, in {ElapsedMs} ms")]
    public static partial void IndexLoaded(ILogger logger, string profile, long version, int chunks, int vectors, long elapsedMs);

    [LoggerMessage(EventId = 2, EventName = "KnowledgeRefreshFailed", Level = LogLevel.Warning,
        Message = "Knowledge index of profile {Profile} could not be refreshed ({Reason}); searching version {Version} until the next check")]
    public static partial void RefreshFailed(ILogger logger, string profile, string reason, long version);

    [LoggerMessage(EventId = 3, EventName = "KnowledgeQueryEmbeddingFailed", Level = LogLevel.Warning,
        Message = "Embedding a query of profile {Profile} failed ({Reason}); searching lexically alone")]
    public static partial void QueryEmbeddingFailed(ILogger logger, string profile, string reason);

    [LoggerMessage(EventId = 4, EventName = "KnowledgeQueryDimensionsDiffer", Level = LogLevel.Warning,
        Message = "A query embedding of profile {Profile} has {Dimensions} dimensions, the stored vectors {Stored}; searching lexically alone (re-import after changing the embedding model)")]
    public static partial void QueryDimensionsDiffer(ILogger logger, string profile, int dimensions, int stored);
}
