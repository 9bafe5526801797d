using Dapper;

namespace Kf.Storage.Sql;

internal sealed class SqlDeliveryLedger(Database database, TimeProvider time) : IDeliveryLedger
{
    public async Task<DeliveryClaim> TryClaimAsync(Delivery delivery, TimeSpan claimTtl, CancellationToken cancellationToken = default)
    {
        var now = time.GetUtcNow();
        var row = DeliveryRow.From(delivery with { Status = DeliveryStatus.Sending, ErrCode = null, Reason = null, WeComMsgId = null, Attempts = 1 }, now);
        row.ClaimedUntil = (now + claimTtl).ToUnixTimeMilliseconds();
        int changed;
        await using (var connection = await database.OpenAsync(cancellationToken))
        {
            changed = await connection.ExecuteAsync(new CommandDefinition(database.Sql.ClaimDelivery, row, cancellationToken: cancellationToken));
        }

        // A row exists either way now; read it for the attempt count or the reason there is no claim.
        var stored = await FindAsync(delivery.SendMsgId, cancellationToken)
            ?? throw new InvalidOperationException($"The delivery {delivery.SendMsgId} vanished after its claim.");
        return new DeliveryClaim(changed > 0, stored);
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

    public async Task ReleaseAsync(string sendMsgId, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            "UPDATE deliveries SET claimed_until = 0 WHERE send_msgid = @sendMsgId AND status = 'Sending'",
            new { sendMsgId }, cancellationToken: cancellationToken));
    }

    public async Task<Delivery?> FindAsync(string sendMsgId, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<DeliveryRow>(new CommandDefinition(
            $"SELECT {DeliveryColumns.Select} FROM deliveries WHERE send_msgid = @sendMsgId", new { sendMsgId }, cancellationToken: cancellationToken));
        return row?.ToDelivery();
    }
}
