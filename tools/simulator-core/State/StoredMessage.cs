namespace Kf.Simulator.State;

/// <summary>
/// One message or event as sync_msg returns it. <see cref="Payload"/> is the object under the
/// <c>msgtype</c> key (<c>text{content}</c>, <c>event{event_type,…}</c>…), kept as JSON so every
/// msgtype of the protocol, known or not, passes through unchanged.
/// </summary>
internal sealed record StoredMessage(
    long Seq,
    string MsgId,
    string OpenKfId,
    string ExternalUserId,
    DateTimeOffset SendTime,
    int Origin,
    string? ServicerUserId,
    string MsgType,
    JsonObject Payload)
{
    public const int OriginCustomer = 3;
    public const int OriginSystem = 4;
    public const int OriginServicer = 5;

    public JsonObject ToWire()
    {
        var wire = new JsonObject
        {
            ["msgid"] = MsgId,
            ["open_kfid"] = OpenKfId,
            ["external_userid"] = ExternalUserId,
            ["send_time"] = SendTime.ToUnixTimeSeconds(),
            ["origin"] = Origin,
            ["msgtype"] = MsgType,
        };
        if (ServicerUserId is not null)
        {
            wire["servicer_userid"] = ServicerUserId;
        }

        wire[MsgType] = Payload.DeepClone();
        return wire;
    }
}
