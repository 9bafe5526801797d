using Kf.Storage.Knowledge;

namespace Kf.Storage.Sql;

/// <summary>One group of kb_unknown_questions, aggregated, as Dapper reads it.</summary>
internal sealed class UnknownGroupRow
{
    public string GroupKey { get; set; } = "";

    public string Example { get; set; } = "";

    public long Asked { get; set; }

    public long Customers { get; set; }

    public double BestScore { get; set; }

    public long FirstAskedAt { get; set; }

    public long LastAskedAt { get; set; }

    public long? ResolvedAt { get; set; }

    public UnknownQuestionGroup ToGroup() => new(
        GroupKey,
        Example,
        checked((int)Asked),
        checked((int)Customers),
        BestScore,
        DateTimeOffset.FromUnixTimeMilliseconds(FirstAskedAt),
        DateTimeOffset.FromUnixTimeMilliseconds(LastAskedAt),
        ResolvedAt is { } resolved ? DateTimeOffset.FromUnixTimeMilliseconds(resolved) : null);
}
