using CallCenter.Core.Agents;
using CallCenter.Core.Stores;
using CallCenter.Data.Mapping;
using Dapper;

namespace CallCenter.Data.Tests.Repositories;

/// <summary>
/// Puts rows straight into the database for what the ports cannot create (products, stores, agents, points,
/// history): the arrange step of the suite. Plain SQL both dialects understand, unless said otherwise.
/// </summary>
public sealed class Given(DbConnectionFactory database)
{
    public async Task ProductAsync(string code, decimal price, int stock, string name = "Kettle")
    {
        await ExecuteAsync(
            "INSERT INTO products (code, name, description, price, stock) VALUES (@Code, @Name, @Description, @Price, @Stock)",
            new { Code = code, Name = name, Description = $"{name}, the one callers ask for", Price = price, Stock = stock });
    }

    public Task PromotionAsync(string? productCode, string text, DateOnly startsOn, DateOnly endsOn) =>
        ExecuteAsync(
            "INSERT INTO promotions (product_code, text, prompt_name, starts_on, ends_on) VALUES (@ProductCode, @Text, @PromptName, @StartsOn, @EndsOn)",
            new { ProductCode = productCode, Text = text, PromptName = "promo-" + text.Replace(' ', '-'), StartsOn = startsOn, EndsOn = endsOn });

    public Task AnnouncementAsync(string text, DateOnly startsOn, DateOnly endsOn) =>
        ExecuteAsync(
            "INSERT INTO announcements (text, prompt_name, starts_on, ends_on) VALUES (@Text, @PromptName, @StartsOn, @EndsOn)",
            new { Text = text, PromptName = "notice", StartsOn = startsOn, EndsOn = endsOn });

    public async Task<long> StoreAsync(string name, string acceptedCards, params OpeningHours[] hours)
    {
        var insert = database.Provider == DatabaseProvider.SqlServer
            ? "INSERT INTO stores (name, address, phone, accepted_cards, directions) OUTPUT inserted.id VALUES (@Name, @Address, @Phone, @AcceptedCards, @Directions)"
            : "INSERT INTO stores (name, address, phone, accepted_cards, directions) VALUES (@Name, @Address, @Phone, @AcceptedCards, @Directions) RETURNING id";
        await using var connection = await OpenAsync();
        var id = await connection.ExecuteScalarAsync<long>(insert, new { Name = name, Address = $"1 {name} Street", Phone = "+12025550199", AcceptedCards = acceptedCards, Directions = "Next to the station" });
        foreach (var day in hours)
        {
            await connection.ExecuteAsync(
                "INSERT INTO store_hours (store_id, day_of_week, opens, closes) VALUES (@StoreId, @DayOfWeek, @Opens, @Closes)",
                new { StoreId = id, DayOfWeek = (int)day.Day, day.Opens, day.Closes });
        }
        return id;
    }

    public async Task AgentAsync(string extension, string name, string pin, bool active = true, string role = "agent", params (string Skill, int Level)[] skills)
    {
        await using var connection = await OpenAsync();
        await connection.ExecuteAsync(
            "INSERT INTO agents (extension, name, pin_hash, role, active) VALUES (@Extension, @Name, @PinHash, @Role, @Active)",
            new { Extension = extension, Name = name, PinHash = AgentPin.Hash(pin), Role = role, Active = active });
        foreach (var (skill, level) in skills)
        {
            await connection.ExecuteAsync(
                "INSERT INTO agent_skills (extension, skill, level) VALUES (@Extension, @Skill, @Level)",
                new { Extension = extension, Skill = skill, Level = level });
        }
    }

    public Task PhoneAsync(long customerId, string e164, DateTimeOffset addedAt) =>
        ExecuteAsync(
            "INSERT INTO customer_phones (e164, customer_id, added_at) VALUES (@E164, @CustomerId, @AddedAt)",
            new { E164 = e164, CustomerId = customerId, AddedAt = addedAt });

    public async Task PointsAsync(long customerId, DateTimeOffset at, int change, int balanceAfter, string reason)
    {
        await ExecuteAsync(
            "INSERT INTO points_history (customer_id, at, change, balance_after, reason) VALUES (@CustomerId, @At, @Change, @BalanceAfter, @Reason)",
            new { CustomerId = customerId, At = at, Change = change, BalanceAfter = balanceAfter, Reason = reason });
        await ExecuteAsync("UPDATE customers SET points_balance = @BalanceAfter WHERE id = @CustomerId", new { CustomerId = customerId, BalanceAfter = balanceAfter });
    }

    public Task OrderStatusAsync(string orderNumber, string from, string to, DateTimeOffset at) =>
        ExecuteAsync(
            "UPDATE orders SET status = @To WHERE number = @Number; INSERT INTO order_status_history (order_number, from_status, to_status, at) VALUES (@Number, @From, @To, @At)",
            new { Number = orderNumber, From = from, To = to, At = at });

    public async Task<int> CountAsync(string table)
    {
        await using var connection = await OpenAsync();
        return await connection.ExecuteScalarAsync<int>($"SELECT COUNT(*) FROM {table}");
    }

    public async Task<int> StockAsync(string code)
    {
        await using var connection = await OpenAsync();
        return await connection.ExecuteScalarAsync<int>("SELECT stock FROM products WHERE code = @Code", new { Code = code });
    }

    private async Task ExecuteAsync(string sql, object parameters)
    {
        await using var connection = await OpenAsync();
        await connection.ExecuteAsync(sql, parameters);
    }

    private Task<System.Data.Common.DbConnection> OpenAsync()
    {
        DapperSetup.Configure();
        return database.OpenAsync(CancellationToken.None);
    }
}
