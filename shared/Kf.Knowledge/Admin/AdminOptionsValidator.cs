using Microsoft.Extensions.Options;

namespace Kf.Knowledge.Admin;

/// <summary>A set token must be long enough; an unset one turns the admin API off.</summary>
internal sealed class AdminOptionsValidator : IValidateOptions<AdminOptions>
{
    public ValidateOptionsResult Validate(string? name, AdminOptions options) =>
        string.IsNullOrEmpty(options.Token) || options.Token.Trim().Length >= AdminOptions.MinTokenLength
            ? ValidateOptionsResult.Success
            // The length only: the value is a secret.
            : ValidateOptionsResult.Fail(
                $"Admin:Token must be at least {AdminOptions.MinTokenLength} characters (it is {options.Token.Trim().Length}); leave it unset to turn the admin API off.");
}
