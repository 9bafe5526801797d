using System.Data.Common;

namespace Kf.Storage.Sql;

/// <summary>
/// Exclusive right to migrate one database. <see cref="Transaction"/> is set where the dialect runs
/// DDL in a transaction (SQLite's BEGIN IMMEDIATE is also the lock); MySQL commits DDL implicitly,
/// so there it is null and a named lock (GET_LOCK) does the excluding.
/// </summary>
internal sealed class MigrationLock(DbTransaction? transaction, Func<Task> release) : IAsyncDisposable
{
    public DbTransaction? Transaction => transaction;

    /// <summary>Commits the transaction, if any; without it, dispose rolls the work back.</summary>
    public Task CompleteAsync() => transaction?.CommitAsync() ?? Task.CompletedTask;

    public async ValueTask DisposeAsync()
    {
        if (transaction is not null)
        {
            await transaction.DisposeAsync();
        }

        await release();
    }
}
