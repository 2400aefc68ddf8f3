using CallCenter.Core.Ports;
using CallCenter.Data;
using CallCenter.Data.Agents;
using CallCenter.Data.Catalog;
using CallCenter.Data.Customers;
using CallCenter.Data.Journal;
using CallCenter.Data.Orders;
using CallCenter.Data.Outbox;
using CallCenter.Data.Schema;
using CallCenter.Data.Seeding;
using CallCenter.Data.Stores;
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
        builder.AddCallCenterRepositories();
        return builder;
    }

    /// <summary>
    /// The ports on the database: lookups straight from it, call records and tickets through the durable
    /// outbox. The outbox is a hosted service registered before telephony, so it stops after the calls that
    /// write through it and gets their last records to disk.
    /// </summary>
    public static IHostApplicationBuilder AddCallCenterRepositories(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddSingleton<ICustomerDirectory, CustomerDirectory>();
        services.AddSingleton<IProductCatalog, ProductCatalog>();
        services.AddSingleton<IStoreDirectory, StoreDirectory>();
        services.AddSingleton<IOrderBook, OrderBook>();
        services.AddSingleton<IAgentDirectory, AgentDirectory>();
        services.AddSingleton<ICallRecordReader, CallRecordReader>();
        services.AddSingleton<ITicketReader, TicketReader>();
        services.AddSingleton<IJournalStore, JournalStore>();

        services.AddOptions<OutboxOptions>().Bind(builder.Configuration.GetSection(OutboxOptions.SectionName));
        services.AddSingleton(sp => sp.GetRequiredService<IOptions<OutboxOptions>>().Value);
        services.AddSingleton<JournalOutbox>();
        services.AddHostedService(sp => sp.GetRequiredService<JournalOutbox>());
        services.AddSingleton<ICallJournal, CallJournal>();
        services.AddSingleton<IComplaintDesk, ComplaintDesk>();
        return builder;
    }

    /// <summary>The connection factory, the migrator, the demo data seeder and the agent accounts, without anything running on start: what the `db` and `agent` verbs use.</summary>
    public static IHostApplicationBuilder AddCallCenterDatabase(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<DatabaseOptions>()
            .Bind(builder.Configuration.GetSection(DatabaseOptions.SectionName))
            .Validate(o => !string.IsNullOrWhiteSpace(o.ConnectionString), "Database:ConnectionString must be set")
            .ValidateOnStart();
        builder.Services.AddSingleton(sp => new DbConnectionFactory(sp.GetRequiredService<IOptions<DatabaseOptions>>().Value));
        builder.Services.AddSingleton<SchemaMigrator>();
        builder.Services.AddSingleton<DemoDataSeeder>();
        builder.Services.TryAddSingleton<IAgentAccounts, AgentAccounts>();
        return builder;
    }
}
