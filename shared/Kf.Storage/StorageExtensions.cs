using Kf.ServiceDefaults.Configuration;
using Kf.ServiceDefaults.Health;
using Kf.Storage.Conversations;
using Kf.Storage.Knowledge;
using Kf.Storage.Migrations;
using Kf.Storage.Sql;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Kf.Storage;

/// <summary>Registers the stores on MySQL or SQLite.</summary>
public static class StorageExtensions
{
    /// <summary>The setting that picks the database.</summary>
    public const string StorageKey = "Kf:Storage";

    /// <summary>The SQLite file when <c>ConnectionStrings:Sqlite</c> is not set: <c>kf.db</c> in the working directory.</summary>
    public const string DefaultSqlite = "Data Source=kf.db";

    /// <summary>
    /// <see cref="ICursorStore"/>, <see cref="IMessageLog"/>, <see cref="ICustomerStore"/>, <see cref="IConversationStore"/>
    /// <see cref="IDeliveryLedger"/> and <see cref="IKnowledgeStore"/> on MySQL
    /// (<c>Kf:Storage=MySql</c>, the default; <c>ConnectionStrings:MySql</c> is validated at start) or
    /// SQLite (<c>Kf:Storage=Sqlite</c>; <c>ConnectionStrings:Sqlite</c>, default <see cref="DefaultSqlite"/>),
    /// a hosted service that migrates the schema before the app serves, and a <c>database</c> check on
    /// <c>/readyz</c>. Call it before anything that uses the stores at start.
    /// </summary>
    public static TBuilder AddKfStorage<TBuilder>(this TBuilder builder)
        where TBuilder : IHostApplicationBuilder
    {
        var services = builder.Services;
        // Idempotent: a second "database" health check would make every /readyz call throw.
        if (services.Any(d => d.ServiceType == typeof(Database)))
        {
            return builder;
        }

        services.TryAddSingleton(TimeProvider.System);
        // Read at registration: the choice decides what is registered. A bad value fails here
        // with the binder's message, which names the key.
        if (builder.Configuration.GetValue(StorageKey, KfStorage.MySql) == KfStorage.Sqlite)
        {
            var sqlite = builder.Configuration.GetConnectionString("Sqlite") is { Length: > 0 } given ? given : DefaultSqlite;
            services.AddSingleton<Database>(new SqliteDatabase(sqlite));
        }
        else
        {
            services.AddConnectionStringsValidator<MySqlConnectionValidator>();
            services.AddSingleton<Database>(s => new MySqlDatabase(s.GetRequiredService<IOptions<ConnectionStringsOptions>>().Value.MySql!));
        }

        services.AddSingleton<MigrationRunner>();
        // Before any hosted service added later, so they start on the current schema.
        services.AddHostedService<MigrationHostedService>();
        services.AddSingleton<ICursorStore, SqlCursorStore>();
        services.AddSingleton<IMessageLog, SqlMessageLog>();
        services.AddSingleton<ICustomerStore, SqlCustomerStore>();
        services.AddSingleton<IConversationStore, SqlConversationStore>();
        services.AddSingleton<IDeliveryLedger, SqlDeliveryLedger>();
        services.AddSingleton<IKnowledgeStore, SqlKnowledgeStore>();
        services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database", tags: [HealthTags.Ready], timeout: TimeSpan.FromSeconds(3));
        return builder;
    }
}
