using System.Data.Common;
using System.Text.Json;
using Dapper;
using Kf.Storage.Conversations;

namespace Kf.Storage.Sql;

internal sealed class SqlConversationStore(Database database, TimeProvider time) : IConversationStore
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };
    private readonly ConversationSql _sql = ConversationSql.For(database.Dialect);

    public async Task<AnswerPlan?> FindPlanAsync(string msgId, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<PlanRow>(new CommandDefinition(
            """
            SELECT msgid AS MsgId, open_kfid AS OpenKfId, external_userid AS ExternalUserId, send_time AS SendTime,
                   outcome AS Outcome, reason AS Reason, parts_json AS PartsJson, planned_at AS PlannedAt, published_at AS PublishedAt
            FROM responder_plans WHERE msgid = @msgId
            """, new { msgId }, cancellationToken: cancellationToken));
        return row?.ToPlan(JsonSerializer.Deserialize<List<PlannedPart>>(row.PartsJson, Json)!);
    }

    public async Task<CustomerChain> GetChainAsync(string openKfId, string externalUserId, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<ChainRow>(new CommandDefinition(
            "SELECT last_send_msgid AS LastSendMsgId, version AS Version FROM responder_chains WHERE open_kfid = @openKfId AND external_userid = @externalUserId",
            new { openKfId, externalUserId }, cancellationToken: cancellationToken));
        return row is null ? new CustomerChain(null, 0) : new CustomerChain(row.LastSendMsgId, row.Version);
    }

    public async Task<PlanSaveResult> SavePlanAsync(AnswerPlan plan, CustomerChain chain, MemoryUpdate? memory, CancellationToken cancellationToken = default)
    {
        var now = time.GetUtcNow().ToUnixTimeMilliseconds();
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var inserted = await connection.ExecuteAsync(new CommandDefinition(_sql.InsertPlan, new
        {
            plan.MsgId,
            plan.OpenKfId,
            plan.ExternalUserId,
            SendTime = plan.SendTime.ToUnixTimeMilliseconds(),
            Outcome = plan.Outcome.ToString(),
            plan.Reason,
            PartsJson = JsonSerializer.Serialize(plan.Parts, Json),
            PlannedAt = now,
        }, transaction, cancellationToken: cancellationToken));
        if (inserted == 0)
        {
            return PlanSaveResult.AlreadyPlanned;
        }

        if (plan.Parts.Count > 0 && !await MoveChainAsync(connection, transaction, plan, chain, now, cancellationToken))
        {
            return PlanSaveResult.ChainMoved;
        }

        if (memory is not null)
        {
            await ConversationMemory.RememberAsync(connection, transaction, memory, now, cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return PlanSaveResult.Saved;
    }

    public async Task MarkPublishedAsync(string msgId, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            "UPDATE responder_plans SET published_at = @now WHERE msgid = @msgId AND published_at IS NULL",
            new { msgId, now = time.GetUtcNow().ToUnixTimeMilliseconds() }, cancellationToken: cancellationToken));
    }

    public async Task<IReadOnlyList<MemoryTurn>> RecentTurnsAsync(string userId, MemoryLimits limits, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await ConversationMemory.RecentAsync(connection, userId, limits, cancellationToken);
    }

    public async Task<IReadOnlyList<MessageLogEntry>> ListUnplannedBeforeAsync(
        string openKfId, string externalUserId, string msgId, DateTimeOffset sendTime, DateTimeOffset notBefore, int limit,
        CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        // Intake records a message after publishing it, and the next one only after that: while this
        // message is not in the log yet, everything logged for the customer came before it. Once it is,
        // ties on send_time (whole seconds) are broken by the order intake recorded them.
        var recordedAt = await connection.ExecuteScalarAsync<long?>(new CommandDefinition(
            "SELECT recorded_at FROM message_log WHERE msgid = @msgId", new { msgId }, cancellationToken: cancellationToken));
        var rows = await connection.QueryAsync<SqlMessageLog.Row>(new CommandDefinition(
            $"""
            SELECT {SqlMessageLog.Columns} FROM message_log
            WHERE open_kfid = @openKfId AND external_userid = @externalUserId AND disposition = 'Published'
              AND msgid <> @msgId AND send_time >= @notBefore AND send_time <= @sendTime
              AND NOT EXISTS (SELECT 1 FROM responder_plans p WHERE p.msgid = message_log.msgid)
              AND (@recordedAt IS NULL OR send_time < @sendTime OR recorded_at < @recordedAt
                   OR (recorded_at = @recordedAt AND msgid < @msgId))
            ORDER BY send_time, recorded_at, msgid
            LIMIT @limit
            """,
            new
            {
                openKfId,
                externalUserId,
                msgId,
                sendTime = sendTime.ToUnixTimeMilliseconds(),
                notBefore = notBefore.ToUnixTimeMilliseconds(),
                recordedAt,
                limit,
            }, cancellationToken: cancellationToken));
        return rows.Select(row => row.ToEntry()).ToList();
    }

    private async Task<bool> MoveChainAsync(
        DbConnection connection, DbTransaction transaction, AnswerPlan plan, CustomerChain chain, long now, CancellationToken cancellationToken)
    {
        var arguments = new
        {
            plan.OpenKfId,
            plan.ExternalUserId,
            LastSendMsgId = plan.Parts[^1].SendMsgId,
            chain.Version,
            UpdatedAt = now,
        };
        var sql = chain.Version == 0
            ? _sql.InsertChain
            : """
              UPDATE responder_chains SET last_send_msgid = @LastSendMsgId, version = version + 1, updated_at = @UpdatedAt
              WHERE open_kfid = @OpenKfId AND external_userid = @ExternalUserId AND version = @Version
              """;
        return await connection.ExecuteAsync(new CommandDefinition(sql, arguments, transaction, cancellationToken: cancellationToken)) > 0;
    }

    private sealed class ChainRow
    {
        public string? LastSendMsgId { get; set; }

        public long Version { get; set; }
    }
}
