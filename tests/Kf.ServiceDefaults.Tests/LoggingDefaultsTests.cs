using Kf.ServiceDefaults.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Console;
using Microsoft.Extensions.Options;

namespace Kf.ServiceDefaults.Tests;

public sealed class LoggingDefaultsTests
{
    [Fact]
    public async Task Should_write_json_with_scopes_when_service_defaults_are_added()
    {
        await using var app = await TestApp.StartAsync(TestApp.CreateBuilder(new Dictionary<string, string?>()));

        var console = app.App.Services.GetRequiredService<IOptionsMonitor<ConsoleLoggerOptions>>().CurrentValue;
        var json = app.App.Services.GetRequiredService<IOptionsMonitor<JsonConsoleFormatterOptions>>().CurrentValue;

        Assert.Equal(ConsoleFormatterNames.Json, console.FormatterName);
        Assert.True(json.IncludeScopes);
        Assert.True(json.UseUtcTimestamp);
    }
}
