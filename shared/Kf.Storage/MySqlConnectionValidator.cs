using Kf.ServiceDefaults.Configuration;
using Microsoft.Extensions.Options;
using MySql.Data.MySqlClient;

namespace Kf.Storage;

internal sealed class MySqlConnectionValidator : IValidateOptions<ConnectionStringsOptions>
{
    public const string Key = $"{ConnectionStringsOptions.Section}:{nameof(ConnectionStringsOptions.MySql)}";

    public ValidateOptionsResult Validate(string? name, ConnectionStringsOptions options)
    {
        if (string.IsNullOrWhiteSpace(options.MySql))
        {
            return ValidateOptionsResult.Fail(
                $"{Key} is missing: set it to an ADO.NET connection string, e.g. Server=127.0.0.1;Database=kf;User ID=kf;Password=…, or set Kf:Storage=Sqlite.");
        }

        try
        {
            var builder = new MySqlConnectionStringBuilder(options.MySql);
            return string.IsNullOrEmpty(builder.Server) || string.IsNullOrEmpty(builder.Database)
                ? ValidateOptionsResult.Fail($"{Key} must name a Server and a Database.")
                : ValidateOptionsResult.Success;
        }
        catch (Exception e) when (e is ArgumentException or FormatException or InvalidOperationException)
        {
            // The driver's message names the bad keyword, not the value, so no password leaks.
            return ValidateOptionsResult.Fail($"{Key} is malformed: {e.Message}");
        }
    }
}
