namespace Kf.Storage.Sql;

/// <summary>The responder statements that differ between dialects; each reports 0 rows when it did nothing.</summary>
internal sealed record ConversationSql(string InsertPlan, string InsertChain)
{
    private const string PlanColumns = """
        INSERT INTO responder_plans
            (msgid, open_kfid, external_userid, send_time, outcome, reason, parts_json, planned_at)
        VALUES
            (@MsgId, @OpenKfId, @ExternalUserId, @SendTime, @Outcome, @Reason, @PartsJson, @PlannedAt)
        """;

    private const string ChainColumns = """
        INSERT INTO responder_chains (open_kfid, external_userid, last_send_msgid, version, updated_at)
        VALUES (@OpenKfId, @ExternalUserId, @LastSendMsgId, 1, @UpdatedAt)
        """;

    public static ConversationSql For(string dialect) => dialect == "MySql"
        // ON DUPLICATE KEY UPDATE, not INSERT IGNORE: that would also turn real errors into warnings.
        ? new($"{PlanColumns} ON DUPLICATE KEY UPDATE msgid = msgid", $"{ChainColumns} ON DUPLICATE KEY UPDATE version = version")
        : new($"{PlanColumns} ON CONFLICT (msgid) DO NOTHING", $"{ChainColumns} ON CONFLICT (open_kfid, external_userid) DO NOTHING");
}
