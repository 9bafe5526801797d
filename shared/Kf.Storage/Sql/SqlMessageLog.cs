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

    // Bounds the parameters of one statement (9 per row; old SQLite builds allow 999) and its packet size.
    private const int RowsPerInsert = 100;
    private const int IdsPerQuery = 500;

    public async Task<bool> TryRecordAsync(MessageLogEntry entry, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return await TryRecordManyAsync([entry], cancellationToken) > 0;
    }

    public async Task<int> TryRecordManyAsync(IReadOnlyList<MessageLogEntry> entries, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entries);
        if (entries.Any(e => e is null || string.IsNullOrEmpty(e.MsgId)))
        {
            throw new ArgumentException("Every message log entry needs a msgid.", nameof(entries));
        }

        if (entries.Count == 0)
        {
            return 0;
        }

        // In msgid order, so that two writers of overlapping batches lock rows in the same order and
        // cannot deadlock; the stable sort keeps the first of a repeated msgid first.
        var recordedAt = time.GetUtcNow();
        var rows = entries.OrderBy(e => e.MsgId, StringComparer.Ordinal).Select(e => Row.From(e with { RecordedAt = recordedAt })).ToList();
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = rows.Count > RowsPerInsert ? await connection.BeginTransactionAsync(cancellationToken) : null;
        var recorded = 0;
        foreach (var chunk in rows.Chunk(RowsPerInsert))
        {
            recorded += await connection.ExecuteAsync(new CommandDefinition(
                InsertSql(chunk.Length), Parameters(chunk), transaction, cancellationToken: cancellationToken));
        }

        if (transaction is not null)
        {
            await transaction.CommitAsync(cancellationToken);
        }

        return recorded;
    }

    public async Task<MessageLogEntry?> FindAsync(string msgId, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<Row>(new CommandDefinition(
            $"SELECT {Columns} FROM message_log WHERE msgid = @msgId", new { msgId }, cancellationToken: cancellationToken));
        return row?.ToEntry();
    }

    public async Task<IReadOnlySet<string>> FindRecordedAsync(IReadOnlyCollection<string> msgIds, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(msgIds);
        var found = new HashSet<string>(StringComparer.Ordinal);
        if (msgIds.Count == 0)
        {
            return found;
        }

        await using var connection = await database.OpenAsync(cancellationToken);
        foreach (var chunk in msgIds.Distinct(StringComparer.Ordinal).Chunk(IdsPerQuery))
        {
            found.UnionWith(await connection.QueryAsync<string>(new CommandDefinition(
                "SELECT msgid FROM message_log WHERE msgid IN @chunk", new { chunk }, cancellationToken: cancellationToken)));
        }

        return found;
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

    private string InsertSql(int rows) =>
        $"""
        INSERT INTO message_log
            (msgid, open_kfid, external_userid, origin, msgtype, send_time, disposition, raw_json, recorded_at)
        VALUES
            {string.Join(",\n    ", Enumerable.Range(0, rows).Select(i =>
                $"(@MsgId{i}, @OpenKfId{i}, @ExternalUserId{i}, @Origin{i}, @MsgType{i}, @SendTime{i}, @Disposition{i}, @RawJson{i}, @RecordedAt{i})"))}
        {database.Sql.RecordMessageConflict}
        """;

    private static DynamicParameters Parameters(IReadOnlyList<Row> rows)
    {
        var parameters = new DynamicParameters();
        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            parameters.Add($"MsgId{i}", row.MsgId);
            parameters.Add($"OpenKfId{i}", row.OpenKfId);
            parameters.Add($"ExternalUserId{i}", row.ExternalUserId);
            parameters.Add($"Origin{i}", row.Origin);
            parameters.Add($"MsgType{i}", row.MsgType);
            parameters.Add($"SendTime{i}", row.SendTime);
            parameters.Add($"Disposition{i}", row.Disposition);
            parameters.Add($"RawJson{i}", row.RawJson);
            parameters.Add($"RecordedAt{i}", row.RecordedAt);
        }

        return parameters;
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
