using Kf.ServiceDefaults.Configuration;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace Kf.ServiceDefaults.Redis;

internal sealed class RedisConnectionValidator : IValidateOptions<ConnectionStringsOptions>
{
    public const string Key = $"{ConnectionStringsOptions.Section}:{nameof(ConnectionStringsOptions.Redis)}";

    public ValidateOptionsResult Validate(string? name, ConnectionStringsOptions options)
    {
        if (string.IsNullOrWhiteSpace(options.Redis))
        {
            return ValidateOptionsResult.Fail($"{Key} is missing: set it to host:port, e.g. 127.0.0.1:6379.");
        }

        try
        {
            return ConfigurationOptions.Parse(options.Redis).EndPoints.Count > 0
                ? ValidateOptionsResult.Success
                : ValidateOptionsResult.Fail($"{Key} names no host:port.");
        }
        catch (Exception e) when (e is ArgumentException or FormatException)
        {
            // The parser's message names the bad option, not its value, so no secret leaks.
            return ValidateOptionsResult.Fail($"{Key} is malformed: {e.Message}");
        }
    }
}
