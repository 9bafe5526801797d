using Microsoft.Extensions.Options;

namespace Kf.Responder;

/// <summary>The lease must outlast the longest step it covers: one model call.</summary>
internal sealed class ResponderOptionsValidator(IOptions<LlmOptions> llm) : IValidateOptions<ResponderOptions>
{
    public ValidateOptionsResult Validate(string? name, ResponderOptions options)
    {
        var timeout = TimeSpan.FromSeconds(llm.Value.TimeoutSeconds);
        return options.LeaseTtl > timeout
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail($"Responder:LeaseTtl ({options.LeaseTtl}) must be longer than Llm:TimeoutSeconds ({timeout}): the model call runs under the customer's lease.");
    }
}
