namespace Kf.Simulator.State;

/// <summary>A send_msg_on_event code (WECOM_PROTOCOL.md §5): one message, of the allowed types, before it expires.</summary>
internal sealed class EventCode(string code, SessionKey session, DateTimeOffset expiresAt, string[] allowedTypes)
{
    public string Code { get; } = code;

    public SessionKey Session { get; } = session;

    public DateTimeOffset ExpiresAt { get; } = expiresAt;

    public string[] AllowedTypes { get; } = allowedTypes;

    public bool Used { get; set; }

    public static readonly TimeSpan Short = TimeSpan.FromSeconds(20);
    public static readonly TimeSpan Long = TimeSpan.FromHours(48);

    public static readonly string[] TextOrMenu = ["text", "msgmenu"];
    public static readonly string[] TextOnly = ["text"];
}
