namespace Kf.Simulator.State;

/// <summary>A message the simulator accepted from the bot; <c>GET /sim/sent</c> lists these.</summary>
internal sealed record SentEntry(
    string MsgId,
    string ExternalUserId,
    string OpenKfId,
    string MsgType,
    string? Content,
    string Via,
    DateTimeOffset At,
    JsonObject Payload)
{
    public const string ViaSendMsg = "send_msg";
    public const string ViaSendMsgOnEvent = "send_msg_on_event";
}
