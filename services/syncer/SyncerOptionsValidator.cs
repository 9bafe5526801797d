using Microsoft.Extensions.Options;

namespace Kf.Syncer;

/// <summary>What data annotations cannot say about <see cref="SyncerOptions"/>.</summary>
internal sealed class SyncerOptionsValidator : IValidateOptions<SyncerOptions>
{
    public ValidateOptionsResult Validate(string? name, SyncerOptions options)
    {
        for (var i = 0; i < options.OpenKfIds.Length; i++)
        {
            if (string.IsNullOrWhiteSpace(options.OpenKfIds[i]))
            {
                return ValidateOptionsResult.Fail($"Syncer:OpenKfIds:{i} is empty: list open_kfids (wk…) or remove the entry.");
            }
        }

        return ValidateOptionsResult.Success;
    }
}
