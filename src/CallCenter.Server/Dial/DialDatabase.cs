using System.Globalization;
using CallCenter.Data;
using CallCenter.Data.Resilience;
using CallCenter.Data.Schema;
using CallCenter.Data.Seeding;
using CallCenter.Server.Extensions;

namespace CallCenter.Server.Dial;

/// <summary>
/// Gets the database ready as the server's start would: the newest schema, and the demo data in an empty SQLite
/// database. A database that does not answer is said so and the call still goes on, as on the server: its
/// lookups then take their error branch.
/// </summary>
internal static class DialDatabase
{
    /// <returns>The demo data when it was seeded now, else null.</returns>
    public static async Task<DemoDataSet?> PrepareAsync(IServiceProvider services, IConfiguration configuration, TimeProvider time, TextWriter output, CancellationToken cancellationToken)
    {
        var database = services.GetRequiredService<DbConnectionFactory>();
        await output.WriteLineAsync($"Database: {database.Describe()}").ConfigureAwait(false);
        try
        {
            await services.GetRequiredService<SchemaMigrator>().MigrateAsync(cancellationToken).ConfigureAwait(false);
            var seeder = services.GetRequiredService<DemoDataSeeder>();
            var start = configuration.GetSection(DatabaseOptions.SectionName).Get<DatabaseStartOptions>() ?? new DatabaseStartOptions();
            if (database.Provider != DatabaseProvider.Sqlite || !start.SeedDemoData || await seeder.CustomerCountAsync(cancellationToken).ConfigureAwait(false) > 0)
            {
                return null;
            }
            await output.WriteLineAsync("The database is empty: seeding the demo data first, as the server does at its first start...").ConfigureAwait(false);
            var data = DemoData.Generate(time.GetUtcNow());
            var report = await seeder.SeedAsync(data, replaceExisting: false, cancellationToken).ConfigureAwait(false);
            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"Seeded {report.Tables.Sum(t => t.Rows)} rows in {report.Elapsed.TotalSeconds:0.0} s.")).ConfigureAwait(false);
            return data;
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            var what = TransientDatabaseErrors.IsTransient(exception) ? "does not answer" : "could not be prepared";
            await output.WriteLineAsync($"The database {what} ({exception.Message}): the call goes on, and its lookups take their error branch.").ConfigureAwait(false);
            return null;
        }
    }
}
