using System.Data.Common;
using Dapper;
using Kf.Storage.Conversations;

namespace Kf.Storage.Sql;

/// <summary>The memory statements of <see cref="SqlConversationStore"/>, the same in both dialects.</summary>
internal static class ConversationMemory
{
    public static async Task RememberAsync(DbConnection connection, DbTransaction transaction, MemoryUpdate memory, long now, CancellationToken cancellationToken)
    {
        foreach (var turn in memory.Turns)
        {
            await connection.ExecuteAsync(new CommandDefinition(
                "INSERT INTO responder_turns (user_id, role, content, created_at) VALUES (@UserId, @Role, @Content, @CreatedAt)",
                new { memory.UserId, turn.Role, turn.Content, CreatedAt = now }, transaction, cancellationToken: cancellationToken));
        }

        // The oldest id still kept by count; MySQL cannot delete from a table its subquery reads, so two statements.
        var keepFrom = await connection.ExecuteScalarAsync<long?>(new CommandDefinition(
            "SELECT id FROM responder_turns WHERE user_id = @UserId ORDER BY id DESC LIMIT 1 OFFSET @Offset",
            new { memory.UserId, Offset = Math.Max(memory.Limits.MaxMessages - 1, 0) }, transaction, cancellationToken: cancellationToken));
        await connection.ExecuteAsync(new CommandDefinition(
            "DELETE FROM responder_turns WHERE user_id = @UserId AND (created_at < @ExpireBefore OR id < @KeepFrom OR @MaxMessages = 0)",
            new
            {
                memory.UserId,
                ExpireBefore = memory.Limits.ExpireBefore.ToUnixTimeMilliseconds(),
                KeepFrom = keepFrom ?? 0,
                memory.Limits.MaxMessages,
            }, transaction, cancellationToken: cancellationToken));
    }

    public static async Task<IReadOnlyList<MemoryTurn>> RecentAsync(DbConnection connection, string userId, MemoryLimits limits, CancellationToken cancellationToken)
    {
        var rows = await connection.QueryAsync<TurnRow>(new CommandDefinition(
            """
            SELECT role AS Role, content AS Content, created_at AS CreatedAt FROM responder_turns
            WHERE user_id = @userId AND created_at >= @expireBefore ORDER BY id DESC LIMIT @maxTurns
            """,
            new { userId, expireBefore = limits.ExpireBefore.ToUnixTimeMilliseconds(), maxTurns = limits.MaxMessages },
            cancellationToken: cancellationToken));
        return rows.Reverse().Select(row => new MemoryTurn(row.Role, row.Content, DateTimeOffset.FromUnixTimeMilliseconds(row.CreatedAt))).ToList();
    }

    private sealed class TurnRow
    {
        public string Role { get; set; } = "";

        public string Content { get; set; } = "";

        public long CreatedAt { get; set; }
    }
}
