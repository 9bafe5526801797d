using Kf.ServiceDefaults.Configuration;
using Microsoft.Extensions.Options;

namespace Kf.ServiceDefaults.Bus;

internal sealed class RabbitMqConnectionValidator : IValidateOptions<ConnectionStringsOptions>
{
    public const string Key = $"{ConnectionStringsOptions.Section}:{nameof(ConnectionStringsOptions.RabbitMq)}";

    public ValidateOptionsResult Validate(string? name, ConnectionStringsOptions options) =>
        RabbitMqEndpoint.TryParse(options.RabbitMq, out _, out var error)
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail($"{Key} {error}");
}
