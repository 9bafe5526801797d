using Dapper;
using Kf.Storage.Knowledge;

namespace Kf.Storage.Sql;

// The unknown-question log: once per msgid, listed by group, resolved by group.
internal sealed partial class SqlKnowledgeStore
{
    public async Task RecordUnknownAsync(UnknownQuestion question, CancellationToken cancellationToken = default)
    {
        KnowledgeArguments.Unknown(question);
        await using var connection = await database.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(database.Sql.RecordUnknownQuestion, new
        {
            question.Profile,
            question.GroupKey,
            Question = KnowledgeArguments.Bound(question.Question),
            question.OpenKfId,
            question.ExternalUserId,
            question.MsgId,
            question.BestScore,
            AskedAt = question.AskedAt.ToUnixTimeMilliseconds(),
        }, cancellationToken: cancellationToken));
    }

    /// <remarks>
    /// Customers are counted by external_userid: WeCom gives one WeChat user the same id on every account
    /// of the company. A group is resolved when all its questions are; asked again, it is open again.
    /// </remarks>
    public async Task<IReadOnlyList<UnknownQuestionGroup>> ListUnknownAsync(
        string profile, bool includeResolved, int limit, CancellationToken cancellationToken = default)
    {
        KnowledgeArguments.Text(profile, KnowledgeLimits.MaxProfileLength, nameof(profile));
        KnowledgeArguments.Limit(limit);
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<UnknownGroupRow>(new CommandDefinition(
            """
            SELECT g.group_key AS GroupKey,
                   (SELECT q.question FROM kb_unknown_questions q
                    WHERE q.profile = @profile AND q.group_key = g.group_key AND (@all = 1 OR q.resolved_at IS NULL)
                    ORDER BY q.asked_at DESC, q.id DESC LIMIT 1) AS Example,
                   COUNT(*) AS Asked, COUNT(DISTINCT g.external_userid) AS Customers, MAX(g.best_score) AS BestScore,
                   MIN(g.asked_at) AS FirstAskedAt, MAX(g.asked_at) AS LastAskedAt,
                   CASE WHEN COUNT(g.resolved_at) = COUNT(*) THEN MAX(g.resolved_at) END AS ResolvedAt
            FROM kb_unknown_questions g
            WHERE g.profile = @profile AND (@all = 1 OR g.resolved_at IS NULL)
            GROUP BY g.group_key
            ORDER BY Asked DESC, LastAskedAt DESC, g.group_key
            LIMIT @limit
            """, new { profile, all = includeResolved ? 1 : 0, limit }, cancellationToken: cancellationToken));
        return rows.Select(row => row.ToGroup()).ToList();
    }

    public async Task<int> ResolveUnknownAsync(string profile, string groupKey, CancellationToken cancellationToken = default)
    {
        KnowledgeArguments.Text(profile, KnowledgeLimits.MaxProfileLength, nameof(profile));
        KnowledgeArguments.Text(groupKey, KnowledgeLimits.MaxGroupKeyLength, nameof(groupKey));
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.ExecuteAsync(new CommandDefinition(
            "UPDATE kb_unknown_questions SET resolved_at = @now WHERE profile = @profile AND group_key = @groupKey AND resolved_at IS NULL",
            new { profile, groupKey, now = time.GetUtcNow().ToUnixTimeMilliseconds() }, cancellationToken: cancellationToken));
    }
}
