using System.Text.Json.Serialization;
using Kf.WeCom.Models.Messages;

namespace Kf.WeCom.Models;

/// <summary>Answer of <c>kf/sync_msg</c>.</summary>
public sealed class SyncMsgResponse : WeComResponse
{
    /// <summary>Cursor of the next batch; persist it only after this batch is durably handed on.</summary>
    [JsonPropertyName("next_cursor")]
    public string NextCursor { get; init; } = string.Empty;

    /// <summary>1 when more messages wait (possibly with an empty list: keep pulling).</summary>
    [JsonPropertyName("has_more")]
    public int HasMore { get; init; }

    /// <summary>True when <see cref="HasMore"/> says to call again with <see cref="NextCursor"/>.</summary>
    [JsonIgnore]
    public bool HasMoreMessages => HasMore != 0;

    /// <summary>Messages and events, oldest first. Every one counts: never answer only the last.</summary>
    [JsonPropertyName("msg_list")]
    public IReadOnlyList<KfMessage> MsgList { get; init; } = [];
}
