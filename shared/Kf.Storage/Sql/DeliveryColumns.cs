namespace Kf.Storage.Sql;

// The deliveries insert list, shared by both dialects' claim and finish statements.
internal static class DeliveryColumns
{
    public const string Insert =
        "send_msgid, open_kfid, external_userid, source_msgid, part, status, errcode, reason, attempts, wecom_msgid, claimed_until, first_attempt_at, updated_at";

    public const string Values =
        "@SendMsgId, @OpenKfId, @ExternalUserId, @SourceMsgId, @Part, @Status, @ErrCode, @Reason, @Attempts, @WeComMsgId, @ClaimedUntil, @FirstAttemptAt, @UpdatedAt";

    public const string Select = """
        send_msgid AS SendMsgId, open_kfid AS OpenKfId, external_userid AS ExternalUserId, source_msgid AS SourceMsgId,
        part AS Part, status AS Status, errcode AS ErrCode, reason AS Reason, attempts AS Attempts,
        wecom_msgid AS WeComMsgId, claimed_until AS ClaimedUntil, first_attempt_at AS FirstAttemptAt, updated_at AS UpdatedAt
        """;
}
