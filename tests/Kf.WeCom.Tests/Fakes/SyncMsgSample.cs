using System.Text.Json;
using Kf.WeCom.Json;
using Kf.WeCom.Models;
using Kf.WeCom.Models.Messages;

namespace Kf.WeCom.Tests.Fakes;

/// <summary>A sync_msg answer with every documented message type and event, plus unknown ones.</summary>
internal static class SyncMsgSample
{
    public static string Json { get; } = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "TestData", "sync_msg_all_types.json"));

    public static SyncMsgResponse Read() => JsonSerializer.Deserialize<SyncMsgResponse>(Json, WeComJson.Options)!;

    public static KfMessage Message(string msgId) => Read().MsgList.Single(m => m.MsgId == msgId);
}
