using Microsoft.Extensions.Options;

namespace Kf.Sender;

/// <summary>What data annotations cannot say about <see cref="SenderOptions"/>.</summary>
internal sealed class SenderOptionsValidator : IValidateOptions<SenderOptions>
{
    // x-message-ttl is whole milliseconds; a parking step under this is a busy loop, over a day a lost message.
    private static readonly TimeSpan MinDelay = TimeSpan.FromMilliseconds(10);
    private static readonly TimeSpan MaxDelay = TimeSpan.FromDays(1);

    public ValidateOptionsResult Validate(string? name, SenderOptions options)
    {
        if (options.RetryDelays.Length > 10)
        {
            return ValidateOptionsResult.Fail("Sender:RetryDelays has more than 10 steps (one parking queue each).");
        }

        for (var i = 0; i < options.RetryDelays.Length; i++)
        {
            var delay = options.RetryDelays[i];
            if (delay < MinDelay || delay > MaxDelay || delay.Ticks % TimeSpan.TicksPerMillisecond != 0)
            {
                return ValidateOptionsResult.Fail($"Sender:RetryDelays:{i} must be whole milliseconds between {MinDelay} and {MaxDelay}.");
            }
        }

        // A part waits for its predecessor at most MaxHold: that must outlast the predecessor's own retries.
        var retrying = Enumerable.Range(1, options.MaxAttempts - 1).Aggregate(TimeSpan.Zero, (sum, retry) => sum + options.DelayOf(retry));
        if (options.MaxHold <= retrying)
        {
            return ValidateOptionsResult.Fail(
                $"Sender:MaxHold ({options.MaxHold}) must exceed the retry delays of Sender:MaxAttempts ({retrying}), so a part outwaits its predecessor's retries.");
        }

        if (options.ClaimTtl >= options.MaxHold)
        {
            return ValidateOptionsResult.Fail("Sender:ClaimTtl must be shorter than Sender:MaxHold, so a part held by a dead sender's claim is sent before it is given up.");
        }

        return ValidateOptionsResult.Success;
    }
}
