namespace Kf.Storage.Sql;

/// <summary>
/// The statements each dialect writes its own way. Each must be one atomic statement and report
/// through its affected-rows count whether it took effect (1 or more) or not (0).
/// </summary>
internal sealed record DialectSql
{
    /// <summary>Creates schema_migrations if absent.</summary>
    public required string CreateMigrationsTable { get; init; }

    /// <summary>Inserts or updates the cursor only when @Fence is at least the stored fence.</summary>
    public required string SaveCursor { get; init; }

    /// <summary>
    /// Ends a (multi-row) insert into message_log so that a msgid already there (or earlier in the same
    /// statement) is left as it is and not counted.
    /// </summary>
    public required string RecordMessageConflict { get; init; }

    /// <summary>Inserts the customer unless (open_kfid, external_userid) is there.</summary>
    public required string InsertCustomer { get; init; }

    /// <summary>Inserts or replaces one backend state value.</summary>
    public required string SetBackendState { get; init; }

    /// <summary>Inserts a delivery as claimed, or re-claims one still sending whose claim lapsed (counting an attempt).</summary>
    public required string ClaimDelivery { get; init; }

    /// <summary>
    /// The rows the statement before changed, read in a SELECT that follows it in the same batch
    /// (MySQL counts affected rows here: the connection does not ask for found rows).
    /// </summary>
    public required string ChangedRows { get; init; }

    /// <summary>Inserts or updates a delivery to its final status unless it is final already.</summary>
    public required string FinishDelivery { get; init; }

    /// <summary>
    /// Creates the profile's kb_versions row at version 0 unless it is there, locking it either way
    /// until the transaction ends: knowledge writers of one profile take their turns on it.
    /// </summary>
    public required string LockKnowledgeVersion { get; init; }

    /// <summary>Inserts the unknown question unless its msgid is there.</summary>
    public required string RecordUnknownQuestion { get; init; }
}
