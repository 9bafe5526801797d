using System.Security.Cryptography;

namespace Kf.Simulator.State;

/// <summary>
/// Ids in the shapes the real server uses. Inbound msgids are 44 characters, longer than the 32
/// send_msg accepts, so a bot that reuses one gets 40058 here as it would in production.
/// Registered as a service so a test can swap in a deterministic source.
/// </summary>
internal class SimIds
{
    private const string Alphanumeric = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

    public virtual string Next(int length) => RandomNumberGenerator.GetString(Alphanumeric, length);

    public string InboundMsgId() => Next(44);

    public string SendMsgId() => Next(32);

    public string AccessToken() => Next(64);

    public string SyncToken() => "ENC" + Next(40);

    public string EventCode() => Next(43);

    public string MediaId() => "3" + Next(63);

    public string Nonce() => RandomNumberGenerator.GetInt32(100_000_000, int.MaxValue).ToString(System.Globalization.CultureInfo.InvariantCulture);
}
