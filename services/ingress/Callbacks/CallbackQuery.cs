using Microsoft.AspNetCore.Mvc;

namespace Kf.Ingress.Callbacks;

// The query WeChat sends on both GET (with echostr) and POST, already URL-decoded by the binder.
internal sealed record CallbackQuery(
    [FromQuery(Name = "msg_signature")] string? MsgSignature,
    [FromQuery(Name = "timestamp")] string? Timestamp,
    [FromQuery(Name = "nonce")] string? Nonce,
    [FromQuery(Name = "echostr")] string? EchoStr);
