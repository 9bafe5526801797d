namespace Kf.EndToEnd.Tests.Infrastructure;

/// <summary>One message the simulator accepted from the bot (<c>GET /sim/sent</c>), in acceptance order.</summary>
/// <param name="MsgId">The send msgid the bot chose: deterministic from the customer msgid and the part number.</param>
public sealed record SentMessage(string MsgId, string Customer, string Content);
