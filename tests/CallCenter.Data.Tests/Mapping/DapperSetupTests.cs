using CallCenter.Data.Mapping;
using Dapper;
using Microsoft.Data.Sqlite;

namespace CallCenter.Data.Tests.Mapping;

/// <summary>How values look in a SQLite file, for anyone who reads it with a shell or writes it from elsewhere.</summary>
public sealed class DapperSetupTests
{
    private SqliteConnection connection = null!;

    [SetUp]
    public async Task OpenDatabase()
    {
        DapperSetup.Configure();
        connection = new SqliteConnection("Data Source=:memory:");
        await connection.OpenAsync();
        await connection.ExecuteAsync("CREATE TABLE t (value ANY)");
    }

    [TearDown]
    public async Task CloseDatabase() => await connection.DisposeAsync();

    [Test]
    public async Task Instant_IsStoredAsUtcTextWithMilliseconds()
    {
        var stored = await StoreAsync(new DateTimeOffset(2026, 11, 22, 22, 31, 35, 862, TimeSpan.FromHours(8)));

        Assert.That(stored, Is.EqualTo("2026-11-22T14:31:35.862+00:00"));
    }

    [Test]
    public async Task Instant_ReadsBackAsTheSameMomentInUtc()
    {
        var moment = new DateTimeOffset(2026, 11, 22, 22, 31, 35, 862, TimeSpan.FromHours(8));
        await StoreAsync(moment);

        var read = await connection.QuerySingleAsync<DateTimeOffset>("SELECT value FROM t");

        Assert.Multiple(() =>
        {
            Assert.That(read, Is.EqualTo(moment));
            Assert.That(read.Offset, Is.EqualTo(TimeSpan.Zero));
        });
    }

    [Test]
    public async Task Instants_StoredAsText_SortInTimeOrder()
    {
        var later = new DateTimeOffset(2026, 11, 22, 10, 0, 0, TimeSpan.Zero);
        var earlier = new DateTimeOffset(2026, 11, 22, 17, 0, 0, TimeSpan.FromHours(8));
        await StoreAsync(later);
        await StoreAsync(earlier);

        var ordered = await connection.QueryAsync<DateTimeOffset>("SELECT value FROM t ORDER BY value");

        Assert.That(ordered, Is.EqualTo(new[] { earlier, later }));
    }

    [Test]
    public async Task Guid_IsStoredAsLowerCaseText()
    {
        var id = Guid.Parse("0190F5E4-1B2C-7D3E-8F40-123456789ABC");

        var stored = await StoreAsync(id);

        Assert.That(stored, Is.EqualTo("0190f5e4-1b2c-7d3e-8f40-123456789abc"));
    }

    [Test]
    public async Task Date_IsStoredAsYearMonthDay()
    {
        var stored = await StoreAsync(new DateOnly(1968, 3, 5));

        Assert.That(stored, Is.EqualTo("1968-03-05"));
    }

    [Test]
    public async Task TimeOfDay_IsStoredAsHoursAndMinutes()
    {
        var stored = await StoreAsync(new TimeOnly(9, 30));

        Assert.That(stored, Is.EqualTo("09:30"));
    }

    [Test]
    public async Task Prices_WholeAndWithCents_ReadBackFromTheSameColumn()
    {
        await connection.ExecuteAsync("CREATE TABLE prices (price NUMERIC)");
        await connection.ExecuteAsync("INSERT INTO prices VALUES (@Price)", new[] { new { Price = 19.99m }, new { Price = 10m } });

        var prices = await connection.QueryAsync<decimal>("SELECT price FROM prices ORDER BY rowid");

        Assert.That(prices, Is.EqualTo(new[] { 19.99m, 10m }));
    }

    [Test]
    public async Task Null_IsStoredAsNull()
    {
        await connection.ExecuteAsync("INSERT INTO t VALUES (@Value)", new { Value = (DateTimeOffset?)null });

        var isNull = await connection.ExecuteScalarAsync<long>("SELECT value IS NULL FROM t");

        Assert.That(isNull, Is.EqualTo(1));
    }

    private async Task<object?> StoreAsync<T>(T value)
    {
        await connection.ExecuteAsync("INSERT INTO t VALUES (@Value)", new { Value = value });
        return await connection.ExecuteScalarAsync<object>("SELECT value FROM t ORDER BY rowid DESC LIMIT 1");
    }
}
