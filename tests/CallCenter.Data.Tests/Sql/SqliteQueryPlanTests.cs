using CallCenter.Data.Agents;
using CallCenter.Data.Catalog;
using CallCenter.Data.Customers;
using CallCenter.Data.Journal;
using CallCenter.Data.Orders;
using CallCenter.Data.Schema;
using CallCenter.Data.Sql;
using CallCenter.Data.Stores;
using Dapper;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;

namespace CallCenter.Data.Tests.Sql;

/// <summary>
/// The lookups a call makes find their rows through an index on SQLite, never by reading a whole table, so
/// they stay fast however many customers, orders and calls there are.
/// </summary>
public sealed class SqliteQueryPlanTests
{
    private string directory = null!;
    private SqliteConnection connection = null!;

    public static IEnumerable<TestCaseData> Lookups()
    {
        TestCaseData Lookup(string name, SqlText sql, object parameters) => new TestCaseData(sql.Sqlite, parameters).SetArgDisplayNames(name);
        yield return Lookup("customer by phone", CustomerSql.FindByPhone, new { E164 = "+12025550142" });
        yield return Lookup("customer by card", CustomerSql.FindByCard, new { CardNumber = "600000000019" });
        yield return Lookup("customer by id", CustomerSql.Get, new { CustomerId = 1 });
        yield return Lookup("points history", CustomerSql.PointsHistory, new { CustomerId = 1, Limit = 5 });
        yield return Lookup("product by code", CatalogSql.FindProduct, new { Code = "10001" });
        yield return Lookup("product promotions", CatalogSql.ProductPromotions, new { Code = "10001", Day = "2026-11-22" });
        yield return Lookup("shop promotions", CatalogSql.ShopPromotions, new { Day = "2026-11-22" });
        yield return Lookup("announcements", CatalogSql.Announcements, new { Day = "2026-11-22" });
        yield return Lookup("order by number", OrderSql.FindByNumber, new { Number = "12345678" });
        yield return Lookup("order history", OrderSql.StatusHistory, new { Number = "12345678" });
        yield return Lookup("customer's orders", OrderSql.RecentForCustomer, new { CustomerId = 1, Limit = 5 });
        yield return Lookup("agent", AgentSql.Get, new { Extension = "1001" });
        yield return Lookup("call record", CallRecordSql.Get, new { CallId = "1795357895.0" });
        yield return Lookup("call steps", CallRecordSql.Steps, new { CallId = "1795357895.0" });
        yield return Lookup("customer's calls", CallRecordSql.RecentForCustomer, new { CustomerId = 1, Limit = 5 });
        yield return Lookup("agent's calls", CallRecordSql.ForAgent, new { Extension = "1001", From = "2026-11-22", To = "2026-11-23" });
        yield return Lookup("calls queued since", CallRecordSql.QueuedSince, new { From = "2026-11-22" });
        yield return Lookup("customer's open tickets", TicketSql.OpenForCustomer, new { CustomerId = 1 });
        yield return Lookup("ticket history", TicketSql.History, new { TicketId = "0190f5e4-0000-7000-8000-000000000000" });
        yield return Lookup("tickets in a status", TicketSql.ListInStatus, new { Status = "Open", Limit = 5 });
    }

    [OneTimeSetUp]
    public async Task MigrateDatabase()
    {
        directory = Directory.CreateTempSubdirectory("callcenter-plans-").FullName;
        var database = new DbConnectionFactory(new DatabaseOptions { ConnectionString = $"Data Source={Path.Combine(directory, "cc.db")};Pooling=false" });
        await new SchemaMigrator(database, NullLogger<SchemaMigrator>.Instance).MigrateAsync(CancellationToken.None);
        connection = (SqliteConnection)await database.OpenAsync(CancellationToken.None);
    }

    [OneTimeTearDown]
    public async Task RemoveDatabase()
    {
        await connection.DisposeAsync();
        Directory.Delete(directory, recursive: true);
    }

    [TestCaseSource(nameof(Lookups))]
    public async Task Lookup_ReadsNoWholeTable(string sql, object parameters)
    {
        var plan = await PlanAsync(sql, parameters);

        Assert.That(TableScans(plan), Is.Empty, string.Join("\n", plan));
    }

    [Test]
    public async Task StoreList_ReadsTheStoresAndFindsEachOnesHoursByKey()
    {
        // Store information is every store (a handful), so reading the stores table whole is the plan.
        var plan = await PlanAsync(StoreSql.List.Sqlite, new { });

        Assert.That(TableScans(plan), Is.EqualTo(new[] { "SCAN s" }), string.Join("\n", plan));
    }

    [Test]
    public async Task Check_LookupOnAColumnWithoutIndex_IsReportedAsAScan()
    {
        var plan = await PlanAsync("SELECT code FROM products WHERE name = @Name", new { Name = "Kettle" });

        Assert.That(TableScans(plan), Is.EqualTo(new[] { "SCAN products" }));
    }

    /// <summary>Steps that read a whole table; reading the few rows a subquery already picked (a co-routine) is not one.</summary>
    private static List<string> TableScans(List<string> plan)
    {
        var subqueries = plan
            .Where(step => step.StartsWith("CO-ROUTINE ", StringComparison.Ordinal) || step.StartsWith("MATERIALIZE ", StringComparison.Ordinal))
            .Select(step => "SCAN " + step[(step.IndexOf(' ', StringComparison.Ordinal) + 1)..])
            .ToHashSet();
        return plan.Where(step => step.StartsWith("SCAN ", StringComparison.Ordinal) && !subqueries.Contains(step)).ToList();
    }

    private async Task<List<string>> PlanAsync(string sql, object parameters) =>
        (await connection.QueryAsync<(long Id, long Parent, long NotUsed, string Detail)>("EXPLAIN QUERY PLAN " + sql, parameters))
            .Select(row => row.Detail)
            .ToList();
}
