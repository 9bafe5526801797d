using Dapper;

namespace Kf.Storage.Sql;

internal sealed class SqlDeliveryLedger(Database database, TimeProvider time) : IDeliveryLedger
{
    private const string Claimed = "status = 'Sending' AND attempts = @attempt";

    public async Task<DeliveryClaim> TryClaimAsync(Delivery delivery, TimeSpan claimTtl, CancellationToken cancellationToken = default)
    {
        var now = time.GetUtcNow();
        var row = DeliveryRow.From(delivery with { Status = DeliveryStatus.Sending, ErrCode = null, Reason = null, WeComMsgId = null, Attempts = 1 }, now);
        row.ClaimedUntil = (now + claimTtl).ToUnixTimeMilliseconds();
        // One batch, one round trip: the claim, whether it took, and the row after it (a row exists
        // either way now: its attempt count, or why there is no claim).
        var sql = $"""
            {database.Sql.ClaimDelivery};
            SELECT {database.Sql.ChangedRows};
            SELECT {DeliveryColumns.Select} FROM deliveries WHERE send_msgid = @SendMsgId
            """;
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var results = await connection.QueryMultipleAsync(new CommandDefinition(sql, row, cancellationToken: cancellationToken));
        var changed = await results.ReadSingleAsync<long>();
        var stored = await results.ReadSingleOrDefaultAsync<DeliveryRow>()
            ?? throw new InvalidOperationException($"The delivery {delivery.SendMsgId} vanished after its claim.");
        return new DeliveryClaim(changed > 0, stored.ToDelivery());
    }

    public async Task<bool> RenewAsync(string sendMsgId, int attempt, TimeSpan claimTtl, CancellationToken cancellationToken = default)
    {
        var until = (time.GetUtcNow() + claimTtl).ToUnixTimeMilliseconds();
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.ExecuteAsync(new CommandDefinition(
            $"UPDATE deliveries SET claimed_until = @until WHERE send_msgid = @sendMsgId AND {Claimed}",
            new { sendMsgId, attempt, until }, cancellationToken: cancellationToken)) > 0;
    }

    public async Task<bool> TryFinishAsync(Delivery delivery, CancellationToken cancellationToken = default)
    {
        if (!delivery.IsFinal)
        {
            throw new ArgumentException("Only Delivered or Failed finishes a delivery.", nameof(delivery));
        }

        var row = DeliveryRow.From(delivery, time.GetUtcNow());
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.ExecuteAsync(new CommandDefinition(database.Sql.FinishDelivery, row, cancellationToken: cancellationToken)) > 0;
    }

    public async Task ReleaseAsync(string sendMsgId, int attempt, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            $"UPDATE deliveries SET claimed_until = 0 WHERE send_msgid = @sendMsgId AND {Claimed}",
            new { sendMsgId, attempt }, cancellationToken: cancellationToken));
    }

    public async Task<Delivery?> FindAsync(string sendMsgId, CancellationToken cancellationToken = default) =>
        (await FindAllAsync([sendMsgId], cancellationToken)).SingleOrDefault();

    public async Task<IReadOnlyList<Delivery>> FindAllAsync(IReadOnlyCollection<string> sendMsgIds, CancellationToken cancellationToken = default)
    {
        if (sendMsgIds.Count == 0)
        {
            return [];
        }

        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<DeliveryRow>(new CommandDefinition(
            $"SELECT {DeliveryColumns.Select} FROM deliveries WHERE send_msgid IN @sendMsgIds", new { sendMsgIds }, cancellationToken: cancellationToken));
        return [.. rows.Select(row => row.ToDelivery())];
    }
}
