using System.Text;
using Kf.Storage.Knowledge;

namespace Kf.Storage.Sql;

/// <summary>
/// The argument checks of <see cref="SqlKnowledgeStore"/>, made before it touches the database, so
/// bad input changes nothing and the error names what is wrong (see <see cref="KnowledgeLimits"/>).
/// </summary>
internal static class KnowledgeArguments
{
    // The id columns of kb_unknown_questions, as in message_log.
    private const int MaxAccountLength = 128;
    private const int MaxMsgIdLength = 255;

    public static void Text(string? value, int maxLength, string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(value, name);
        if (value.Length > maxLength)
        {
            throw new ArgumentException($"{name} is {value.Length} characters; at most {maxLength} are stored.", name);
        }
    }

    public static void Hash(string? value, string name)
    {
        if (value is not { Length: 64 } || !value.All(char.IsAsciiHexDigitLower))
        {
            throw new ArgumentException($"{name} must be a lower-hex SHA-256 (64 characters of 0-9a-f); got '{value}'.", name);
        }
    }

    public static void Document(string profile, string name, string format, string contentHash, IReadOnlyList<NewChunk> chunks, string? embeddingModel)
    {
        Text(profile, KnowledgeLimits.MaxProfileLength, nameof(profile));
        Text(name, KnowledgeLimits.MaxNameLength, nameof(name));
        Text(format, KnowledgeLimits.MaxFormatLength, nameof(format));
        Hash(contentHash, nameof(contentHash));
        ArgumentNullException.ThrowIfNull(chunks);
        if (embeddingModel is not null)
        {
            Text(embeddingModel, KnowledgeLimits.MaxModelLength, nameof(embeddingModel));
        }

        var ordinals = new HashSet<int>();
        foreach (var chunk in chunks)
        {
            ArgumentNullException.ThrowIfNull(chunk, nameof(chunks));
            var where = $"chunk {chunk.Ordinal} of '{name}'";
            if (chunk.Ordinal < 0 || !ordinals.Add(chunk.Ordinal))
            {
                throw new ArgumentException($"The ordinal of {where} is negative or repeated; ordinals are distinct positions from 0.", nameof(chunks));
            }

            ArgumentException.ThrowIfNullOrWhiteSpace(chunk.Text, $"{nameof(chunks)}[{chunk.Ordinal}].{nameof(NewChunk.Text)}");
            Bounded(chunk.Text, "text", where);
            Bounded(chunk.Heading, "heading", where);
            Bounded(chunk.Question, "question", where);
            Bounded(chunk.Answer, "answer", where);
            Hash(chunk.ContentHash, $"{nameof(chunks)}[{chunk.Ordinal}].{nameof(NewChunk.ContentHash)}");
            if (chunk.Embedding is { Length: 0 })
            {
                throw new ArgumentException($"The embedding of {where} is empty; pass null when there is none.", nameof(chunks));
            }

            if (chunk.Embedding is not null && embeddingModel is null)
            {
                throw new ArgumentException($"{where} has an embedding but no embeddingModel was given: vectors are only compared within one model.", nameof(embeddingModel));
            }
        }
    }

    public static void Unknown(UnknownQuestion question)
    {
        ArgumentNullException.ThrowIfNull(question);
        Text(question.Profile, KnowledgeLimits.MaxProfileLength, nameof(question.Profile));
        Text(question.Question, int.MaxValue, nameof(question.Question));
        Text(question.GroupKey, KnowledgeLimits.MaxGroupKeyLength, nameof(question.GroupKey));
        Text(question.OpenKfId, MaxAccountLength, nameof(question.OpenKfId));
        Text(question.ExternalUserId, MaxAccountLength, nameof(question.ExternalUserId));
        Text(question.MsgId, MaxMsgIdLength, nameof(question.MsgId));
        if (!(question.BestScore is >= 0 and <= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(question), question.BestScore, "BestScore is a confidence between 0 and 1.");
        }
    }

    public static void Limit(int limit)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(limit);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(limit, KnowledgeLimits.MaxListLimit);
    }

    /// <summary>The question as stored: trimmed, then cut to its first 1,000 characters without splitting a surrogate pair.</summary>
    public static string Bound(string question)
    {
        var trimmed = question.Trim();
        if (trimmed.Length <= KnowledgeLimits.MaxQuestionLength)
        {
            return trimmed;
        }

        var length = char.IsHighSurrogate(trimmed[KnowledgeLimits.MaxQuestionLength - 1]) ? KnowledgeLimits.MaxQuestionLength - 1 : KnowledgeLimits.MaxQuestionLength;
        return trimmed[..length].TrimEnd();
    }

    private static void Bounded(string? value, string part, string where)
    {
        if (value is not null && Encoding.UTF8.GetByteCount(value) is var bytes && bytes > KnowledgeLimits.MaxChunkBytes)
        {
            throw new ArgumentException(
                $"The {part} of {where} is {bytes} UTF-8 bytes; at most {KnowledgeLimits.MaxChunkBytes} (64 KiB) are stored. Split the document into smaller sections.",
                "chunks");
        }
    }
}
