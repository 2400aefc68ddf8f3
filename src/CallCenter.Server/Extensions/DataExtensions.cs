using CallCenter.Data;
using Microsoft.Extensions.Options;

namespace CallCenter.Server.Extensions;

public static class DataExtensions
{
    /// <summary>The database from the "Database" section: SQLite (embedded default) or SQL Server.</summary>
    public static IHostApplicationBuilder AddCallCenterData(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<DatabaseOptions>()
            .Bind(builder.Configuration.GetSection(DatabaseOptions.SectionName))
            .Validate(o => !string.IsNullOrWhiteSpace(o.ConnectionString), "Database:ConnectionString must be set")
            .ValidateOnStart();
        builder.Services.AddSingleton(sp => new DbConnectionFactory(sp.GetRequiredService<IOptions<DatabaseOptions>>().Value));
        builder.Services.AddHostedService<DatabaseCheck>();
        return builder;
    }
}
