using System.Globalization;
using CallCenter.Core.Customers;
using CallCenter.Core.Ports;
using CallCenter.Data;
using CallCenter.Data.Resilience;
using CallCenter.Data.Schema;
using CallCenter.Data.Seeding;
using Microsoft.Extensions.Options;

namespace CallCenter.Server.Commands;

/// <summary>`db migrate` and `db seed --demo`.</summary>
internal static class DatabaseCommands
{
    public static Task<int> MigrateAsync(string[] configuration, TextWriter output, TextWriter error, CancellationToken cancellationToken) =>
        RunAsync(configuration, output, error, async (services, database) =>
        {
            await MigrateAsync(services.GetRequiredService<SchemaMigrator>(), output, cancellationToken).ConfigureAwait(false);
            return ServerCommandLine.Success;
        });

    public static Task<int> SeedDemoAsync(string[] configuration, bool force, TextWriter output, TextWriter error, CancellationToken cancellationToken) =>
        RunAsync(configuration, output, error, async (services, database) =>
        {
            await MigrateAsync(services.GetRequiredService<SchemaMigrator>(), output, cancellationToken).ConfigureAwait(false);
            var data = DemoData.Generate(DateTimeOffset.UtcNow);
            SeedReport report;
            try
            {
                report = await services.GetRequiredService<DemoDataSeeder>().SeedAsync(data, force, cancellationToken).ConfigureAwait(false);
            }
            catch (DatabaseNotEmptyException refused)
            {
                await error.WriteLineAsync(refused.Message).ConfigureAwait(false);
                return ServerCommandLine.Failure;
            }
            await PrintAsync(output, data, report).ConfigureAwait(false);
            return ServerCommandLine.Success;
        });

    /// <summary>Hosts the database services, prints which database they reach, runs <paramref name="command"/> and turns a database failure into a message and <see cref="ServerCommandLine.Failure"/>.</summary>
    internal static async Task<int> RunAsync(string[] configuration, TextWriter output, TextWriter error, Func<IServiceProvider, DbConnectionFactory, Task<int>> command)
    {
        IHost host;
        DbConnectionFactory database;
        try
        {
            host = CommandHost.Build(configuration);
            database = host.Services.GetRequiredService<DbConnectionFactory>();
        }
        catch (Exception exception) when (exception is OptionsValidationException or InvalidOperationException or ArgumentException or IOException)
        {
            await error.WriteLineAsync($"The database configuration is not usable: {exception.Message}").ConfigureAwait(false);
            return ServerCommandLine.Failure;
        }
        using (host)
        {
            await output.WriteLineAsync($"Database: {database.Describe()}").ConfigureAwait(false);
            try
            {
                return await command(host.Services, database).ConfigureAwait(false);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                var what = TransientDatabaseErrors.IsTransient(exception) || exception is DataUnavailableException ? "does not answer" : "failed";
                await error.WriteLineAsync($"Database {database.Describe()} {what}: {exception.Message}").ConfigureAwait(false);
                return ServerCommandLine.Failure;
            }
        }
    }

    private static async Task MigrateAsync(SchemaMigrator migrator, TextWriter output, CancellationToken cancellationToken)
    {
        var applied = await migrator.MigrateAsync(cancellationToken).ConfigureAwait(false);
        var version = await migrator.CurrentVersionAsync(cancellationToken).ConfigureAwait(false);
        var what = applied.Count == 0 ? "already up to date" : $"applied {string.Join(", ", applied)}";
        await output.WriteLineAsync($"Schema version {version} ({what})").ConfigureAwait(false);
    }

    private static async Task PrintAsync(TextWriter output, DemoDataSet data, SeedReport report)
    {
        var culture = CultureInfo.InvariantCulture;
        var replaced = report.ReplacedExistingData ? " after deleting the data that was there" : "";
        await output.WriteLineAsync($"Seeded the demo data (seed {data.Seed}){replaced} in {report.Elapsed.TotalSeconds.ToString("0.00", culture)} s:").ConfigureAwait(false);
        foreach (var table in report.Tables)
        {
            await output.WriteLineAsync(string.Create(culture, $"  {table.Table,-22}{table.Rows,8}")).ConfigureAwait(false);
        }
        await output.WriteLineAsync(string.Create(culture, $"  {"total",-22}{report.Tables.Sum(t => t.Rows),8} rows")).ConfigureAwait(false);

        var vip = data.Customers.First(c => c.Tier == CustomerTier.Vip);
        var order = data.Orders.First(o => o.Status == Core.Orders.OrderStatus.Shipped);
        var product = data.Products.First(p => p.Stock > 0);
        await output.WriteLineAsync("Try it:").ConfigureAwait(false);
        await output.WriteLineAsync($"  call from {vip.Phones[0]} ({vip.Name}, VIP; membership card {vip.CardNumber}, {vip.PointsBalance} points)").ConfigureAwait(false);
        await output.WriteLineAsync($"  order {order.Number} ({order.Status}), product {product.Code} ({product.Name})").ConfigureAwait(false);
        await output.WriteLineAsync("  agents 1001-1010 sign in with their extension reversed as PIN (1002: 2001). Demo PINs: change them before real use.").ConfigureAwait(false);
    }
}
