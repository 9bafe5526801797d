using Kf.WeCom.Crypto;

namespace Kf.Ingress.Callbacks;

// No CallbackError is retryable, so every one is a 4xx: WeChat's retries would fail the same way.
internal static class CallbackStatus
{
    public static int For(CallbackError error) => error switch
    {
        // Not signed with our Token: the sender is not authenticated.
        CallbackError.InvalidSignature => StatusCodes.Status401Unauthorized,
        // Signed with our Token but encrypted for another CorpID: authenticated, not for us.
        CallbackError.ReceiverMismatch => StatusCodes.Status403Forbidden,
        CallbackError.TooLarge => StatusCodes.Status413PayloadTooLarge,
        _ => StatusCodes.Status400BadRequest,
    };
}
