using System.Globalization;
using CallCenter.Core.Customers;
using CallCenter.Data.Schema;
using CallCenter.Data.Seeding;
using Dapper;
using Microsoft.Extensions.Logging.Abstractions;

namespace CallCenter.Data.Tests.Seeding;

public sealed class DemoDataSeederTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 18, 14, 30, 15, 250, TimeSpan.Zero);
    private static readonly Lazy<DemoDataSet> Data = new(() => DemoData.Generate(Now));
    private string directory = null!;
    private DbConnectionFactory database = null!;
    private DemoDataSeeder seeder = null!;

    [SetUp]
    public async Task CreateMigratedDatabase()
    {
        directory = Directory.CreateTempSubdirectory("callcenter-seed-").FullName;
        database = new DbConnectionFactory(new DatabaseOptions { ConnectionString = $"Data Source={Path.Combine(directory, "cc.db")};Pooling=false" });
        await new SchemaMigrator(database, NullLogger<SchemaMigrator>.Instance).MigrateAsync(CancellationToken.None);
        seeder = new DemoDataSeeder(database, NullLogger<DemoDataSeeder>.Instance);
    }

    [TearDown]
    public void RemoveDatabase() => Directory.Delete(directory, recursive: true);

    [Test]
    public async Task Seed_MigratedSqliteDatabase_WritesEveryRowOfTheDataSet()
    {
        var data = Data.Value;

        var report = await seeder.SeedAsync(data, replaceExisting: false, CancellationToken.None);

        var expected = new Dictionary<string, int>
        {
            ["customers"] = data.Customers.Count,
            ["customer_phones"] = data.Customers.Sum(c => c.Phones.Count),
            ["points_history"] = data.PointsHistory.Count,
            ["products"] = data.Products.Count,
            ["promotions"] = data.Promotions.Count,
            ["announcements"] = data.Announcements.Count,
            ["stores"] = data.Stores.Count,
            ["store_hours"] = data.Stores.Sum(s => s.Hours.Count),
            ["orders"] = data.Orders.Count,
            ["order_lines"] = data.Orders.Sum(o => o.Lines.Count),
            ["order_status_history"] = data.OrderStatusHistory.Count,
            ["agents"] = data.Agents.Count,
            ["agent_skills"] = data.Agents.Sum(a => a.Skills.Count),
            ["call_records"] = data.Calls.Count,
            ["call_steps"] = data.CallSteps.Count,
            ["agent_state_changes"] = data.AgentStateChanges.Count,
            ["complaint_tickets"] = data.Tickets.Count,
            ["ticket_events"] = data.TicketEvents.Count,
            ["campaigns"] = data.Campaigns.Count,
            ["campaign_attempts"] = data.CampaignAttempts.Count,
            ["do_not_call"] = data.DoNotCall.Count,
        };
        var stored = new Dictionary<string, int>();
        await using (var connection = await database.OpenAsync(CancellationToken.None))
        {
            foreach (var table in expected.Keys)
            {
                stored[table] = await connection.ExecuteScalarAsync<int>($"SELECT COUNT(*) FROM {table}");
            }
        }
        Assert.Multiple(() =>
        {
            Assert.That(stored, Is.EqualTo(expected));
            Assert.That(report.Tables.ToDictionary(t => t.Table, t => t.Rows), Is.EqualTo(expected));
        });
    }

    [Test]
    public async Task Seed_SecondTimeWithoutReplacing_IsRefusedAndChangesNothing()
    {
        await seeder.SeedAsync(Data.Value, replaceExisting: false, CancellationToken.None);
        var other = DemoData.Generate(Now, seed: 7);

        var refused = Assert.ThrowsAsync<DatabaseNotEmptyException>(() => seeder.SeedAsync(other, replaceExisting: false, CancellationToken.None));

        var names = await QueryAsync<string>("SELECT name FROM customers ORDER BY id");
        Assert.Multiple(() =>
        {
            Assert.That(refused!.Customers, Is.EqualTo(Data.Value.Customers.Count));
            Assert.That(refused.Message, Does.Contain("--force"));
            Assert.That(names, Is.EqualTo(Data.Value.Customers.Select(c => c.Name)));
        });
    }

    [Test]
    public async Task Seed_ReplacingExisting_LeavesOnlyTheNewData()
    {
        await seeder.SeedAsync(Data.Value, replaceExisting: false, CancellationToken.None);
        var other = DemoData.Generate(Now, seed: 7);

        await seeder.SeedAsync(other, replaceExisting: true, CancellationToken.None);

        var names = await QueryAsync<string>("SELECT name FROM customers ORDER BY id");
        var calls = await QueryAsync<int>("SELECT COUNT(*) FROM call_records");
        Assert.Multiple(() =>
        {
            Assert.That(names, Is.EqualTo(other.Customers.Select(c => c.Name)));
            Assert.That(calls.Single(), Is.EqualTo(other.Calls.Count));
        });
    }

    [Test]
    public async Task Seed_FailingPartWay_LeavesTheDatabaseEmpty()
    {
        var data = Data.Value;
        var broken = data with { DoNotCall = [.. data.DoNotCall, data.DoNotCall[0]] };

        Assert.That(() => seeder.SeedAsync(broken, replaceExisting: false, CancellationToken.None), Throws.InstanceOf<Microsoft.Data.Sqlite.SqliteException>());

        Assert.That(await seeder.CustomerCountAsync(CancellationToken.None), Is.Zero);
    }

    [Test]
    public async Task Seed_StoresValuesInTheSchemasForms()
    {
        await seeder.SeedAsync(Data.Value, replaceExisting: false, CancellationToken.None);

        var customer = (await QueryAsync<(string CreatedAt, string? Birthday, string Tier)>("SELECT created_at, birthday, tier FROM customers WHERE birthday IS NOT NULL LIMIT 1")).Single();
        var hours = (await QueryAsync<(string Opens, string Closes)>("SELECT opens, closes FROM store_hours LIMIT 1")).Single();
        var change = (await QueryAsync<(string Id, string To)>("SELECT id, to_state FROM agent_state_changes LIMIT 1")).Single();
        var cards = await QueryAsync<string>("SELECT accepted_cards FROM stores ORDER BY id");
        var first = Data.Value.Customers.First(c => c.Birthday is not null);
        Assert.Multiple(() =>
        {
            Assert.That(customer.CreatedAt, Is.EqualTo(first.CreatedAt.ToString("yyyy-MM-dd'T'HH:mm:ss.fff", CultureInfo.InvariantCulture) + "+00:00"));
            Assert.That(customer.Birthday, Is.EqualTo(first.Birthday!.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
            Assert.That(customer.Tier, Is.EqualTo(first.Tier.ToString()));
            Assert.That(hours.Opens, Does.Match(@"^\d\d:\d\d$"));
            Assert.That(Guid.TryParseExact(change.Id, "D", out _), Is.True, change.Id);
            Assert.That(change.To, Is.EqualTo("Available"));
            Assert.That(cards[0], Is.EqualTo(string.Join(',', Data.Value.Stores[0].AcceptedCards)));
        });
    }

    [Test]
    public async Task Seed_PhonesAndCardsPointAtTheirCustomers()
    {
        await seeder.SeedAsync(Data.Value, replaceExisting: false, CancellationToken.None);
        var vip = Data.Value.Customers.First(c => c.Tier == CustomerTier.Vip);

        var byPhone = await QueryAsync<string>("SELECT c.name FROM customer_phones p JOIN customers c ON c.id = p.customer_id WHERE p.e164 = @e164", new { e164 = vip.Phones[0] });
        var byCard = await QueryAsync<int>("SELECT points_balance FROM customers WHERE card_number = @card", new { card = vip.CardNumber });

        Assert.Multiple(() =>
        {
            Assert.That(byPhone, Is.EqualTo(new[] { vip.Name }));
            Assert.That(byCard, Is.EqualTo(new[] { vip.PointsBalance }));
        });
    }

    private async Task<IReadOnlyList<T>> QueryAsync<T>(string sql, object? parameters = null)
    {
        await using var connection = await database.OpenAsync(CancellationToken.None);
        return (await connection.QueryAsync<T>(sql, parameters)).ToList();
    }
}
