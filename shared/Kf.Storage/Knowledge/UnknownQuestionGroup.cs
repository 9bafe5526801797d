namespace Kf.Storage.Knowledge;

/// <summary>Unknown questions with the same normalized form, counted.</summary>
/// <param name="GroupKey">The normalized form.</param>
/// <param name="Example">The most recent wording.</param>
/// <param name="Count">How many times it was asked (unresolved ones only, unless listing resolved too).</param>
/// <param name="Customers">How many distinct customers asked it.</param>
/// <param name="BestScore">The highest confidence any of them reached.</param>
/// <param name="FirstAskedAt">The first time.</param>
/// <param name="LastAskedAt">The last time.</param>
/// <param name="ResolvedAt">When people resolved it (by adding a Q/A pair), or null.</param>
public sealed record UnknownQuestionGroup(
    string GroupKey,
    string Example,
    int Count,
    int Customers,
    double BestScore,
    DateTimeOffset FirstAskedAt,
    DateTimeOffset LastAskedAt,
    DateTimeOffset? ResolvedAt);
