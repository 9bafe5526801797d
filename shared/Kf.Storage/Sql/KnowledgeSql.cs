namespace Kf.Storage.Sql;

/// <summary>The knowledge statements both dialects share in part (each appends its once-only clause).</summary>
internal static class KnowledgeSql
{
    public const string InsertUnknownQuestion = """
        INSERT INTO kb_unknown_questions
            (profile, group_key, question, open_kfid, external_userid, msgid, best_score, asked_at)
        VALUES
            (@Profile, @GroupKey, @Question, @OpenKfId, @ExternalUserId, @MsgId, @BestScore, @AskedAt)
        """;
}
