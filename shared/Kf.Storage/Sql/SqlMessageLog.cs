using Dapper;

namespace Kf.Storage.Sql;

internal sealed class SqlMessageLog(Database database, TimeProvider time) : IMessageLog
{
    // Shared with SqlConversationStore, which reads the same rows for the responder's catch-up.
    internal const string Columns = """
        msgid AS MsgId, open_kfid AS OpenKfId, external_userid AS ExternalUserId, origin AS Origin,
        msgtype AS MsgType, send_time AS SendTime, disposition AS Disposition, raw_json AS RawJson,
        recorded_at AS RecordedAt
        """;

    public async Task<bool> TryRecordAsync(MessageLogEntry entry, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var row = Row.From(entry with { RecordedAt = time.GetUtcNow() });
        return await connection.ExecuteAsync(new CommandDefinition(
            database.Sql.RecordMessage, row, cancellationToken: cancellationToken)) > 0;
    }

    public async Task<MessageLogEntry?> FindAsync(string msgId, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<Row>(new CommandDefinition(
            $"SELECT {Columns} FROM message_log WHERE msgid = @msgId", new { msgId }, cancellationToken: cancellationToken));
        return row?.ToEntry();
    }

    /// <remarks>The newest <paramref name="limit"/> entries, returned oldest first.</remarks>
    public async Task<IReadOnlyList<MessageLogEntry>> ListAsync(string openKfId, int limit, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<Row>(new CommandDefinition(
            $"SELECT {Columns} FROM message_log WHERE open_kfid = @openKfId ORDER BY send_time DESC, msgid DESC LIMIT @limit",
            new { openKfId, limit }, cancellationToken: cancellationToken));
        return rows.Reverse().Select(row => row.ToEntry()).ToList();
    }

    // Times as unix milliseconds and the disposition by name, identically in both dialects.
    internal sealed class Row
    {
        public string MsgId { get; set; } = "";

        public string OpenKfId { get; set; } = "";

        public string? ExternalUserId { get; set; }

        public int Origin { get; set; }

        public string MsgType { get; set; } = "";

        public long SendTime { get; set; }

        public string Disposition { get; set; } = "";

        public string RawJson { get; set; } = "";

        public long RecordedAt { get; set; }

        public static Row From(MessageLogEntry entry) => new()
        {
            MsgId = entry.MsgId,
            OpenKfId = entry.OpenKfId,
            ExternalUserId = entry.ExternalUserId,
            Origin = entry.Origin,
            MsgType = entry.MsgType,
            SendTime = entry.SendTime.ToUnixTimeMilliseconds(),
            Disposition = entry.Disposition.ToString(),
            RawJson = entry.RawJson,
            RecordedAt = entry.RecordedAt.ToUnixTimeMilliseconds(),
        };

        public MessageLogEntry ToEntry() => new()
        {
            MsgId = MsgId,
            OpenKfId = OpenKfId,
            ExternalUserId = ExternalUserId,
            Origin = Origin,
            MsgType = MsgType,
            SendTime = DateTimeOffset.FromUnixTimeMilliseconds(SendTime),
            Disposition = Enum.Parse<MessageDisposition>(Disposition),
            RawJson = RawJson,
            RecordedAt = DateTimeOffset.FromUnixTimeMilliseconds(RecordedAt),
        };
    }
}
