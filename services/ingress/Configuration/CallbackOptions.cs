using System.ComponentModel.DataAnnotations;
using Kf.WeCom.Crypto;

namespace Kf.Ingress.Configuration;

// The three WeCom settings a callback needs. Bound to the same "WeCom" section as the API client's
// options (CorpId, Secret, Token, EncodingAesKey, ApiBaseUrl) but a class of its own, so the ingress
// never needs the Secret and the two never collide. Messages name the key, never echo the value.
public sealed class CallbackOptions : IValidatableObject
{
    public const string Section = "WeCom";

    [Required(ErrorMessage = "WeCom:CorpId is required: the CorpID (ww…) every callback must be addressed to.")]
    public string CorpId { get; set; } = "";

    [Required(ErrorMessage = "WeCom:Token is required: the callback Token set in the 微信客服 back office.")]
    public string Token { get; set; } = "";

    [Required(ErrorMessage = "WeCom:EncodingAesKey is required: the 43-character EncodingAESKey from the 微信客服 back office.")]
    public string EncodingAesKey { get; set; } = "";

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        string? problem = null;
        try
        {
            WeComCallbackCrypto.DecodeKey(EncodingAesKey);
        }
        catch (ArgumentException e)
        {
            problem = e.Message;
        }

        if (problem is not null)
        {
            yield return new ValidationResult(
                $"WeCom:EncodingAesKey must be 43 characters of base64 that decode to 32 bytes ({problem})",
                [nameof(EncodingAesKey)]);
        }
    }
}
