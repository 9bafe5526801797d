using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Kf.Storage.Tests;

// Hosted services start one after another in registration order; the web server is one of them.
// Migrations must come first so that no request meets an old schema.
public sealed class StorageStartOrderTests
{
    [Fact]
    public void Should_migrate_before_the_web_server_starts_when_added_to_a_web_application()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Configuration["Kf:Storage"] = "Sqlite";
        builder.AddKfStorage();
        using var app = builder.Build();

        var order = app.Services.GetServices<IHostedService>().Select(s => s.GetType().Name).ToList();

        Assert.Contains("GenericWebHostService", order);
        Assert.True(order.IndexOf("MigrationHostedService") < order.IndexOf("GenericWebHostService"), string.Join(", ", order));
    }
}
