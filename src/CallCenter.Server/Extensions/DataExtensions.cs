using CallCenter.Data;
using CallCenter.Data.Schema;
using CallCenter.Data.Seeding;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace CallCenter.Server.Extensions;

public static class DataExtensions
{
    /// <summary>
    /// The database from the "Database" section — SQLite (embedded default) or SQL Server — brought up to the
    /// newest schema on start, and seeded with the demo data when it is an empty SQLite database.
    /// </summary>
    public static IHostApplicationBuilder AddCallCenterData(this IHostApplicationBuilder builder)
    {
        builder.AddCallCenterDatabase();
        builder.Services.AddOptions<DatabaseStartOptions>()
            .Bind(builder.Configuration.GetSection(DatabaseOptions.SectionName))
            .Validate(o => o.RetryDelay > TimeSpan.Zero && o.MaxRetryDelay >= o.RetryDelay, "Database:RetryDelay must be positive and Database:MaxRetryDelay at least as long")
            .ValidateOnStart();
        builder.Services.AddSingleton(sp => sp.GetRequiredService<IOptions<DatabaseStartOptions>>().Value);
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddHostedService<DatabasePreparation>();
        return builder;
    }

    /// <summary>The connection factory, the migrator and the demo data seeder, without anything running on start: what the `db` verbs use.</summary>
    public static IHostApplicationBuilder AddCallCenterDatabase(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<DatabaseOptions>()
            .Bind(builder.Configuration.GetSection(DatabaseOptions.SectionName))
            .Validate(o => !string.IsNullOrWhiteSpace(o.ConnectionString), "Database:ConnectionString must be set")
            .ValidateOnStart();
        builder.Services.AddSingleton(sp => new DbConnectionFactory(sp.GetRequiredService<IOptions<DatabaseOptions>>().Value));
        builder.Services.AddSingleton<SchemaMigrator>();
        builder.Services.AddSingleton<DemoDataSeeder>();
        return builder;
    }
}
