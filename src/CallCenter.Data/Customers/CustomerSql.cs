using CallCenter.Data.Sql;

namespace CallCenter.Data.Customers;

internal static class CustomerSql
{
    // One row per phone number of the customer, so a customer and all their numbers come back in one query.
    private const string Select = """
        SELECT c.id, c.name, c.tier, c.birthday, c.preferred_language, c.card_number, c.points_balance, c.created_at, p.e164 AS phone
        FROM customers c
        LEFT JOIN customer_phones p ON p.customer_id = c.id
        """;

    private const string PhonesInOrder = "ORDER BY p.added_at, p.e164";

    public static readonly SqlText FindByPhone = new($"""
        {Select}
        WHERE c.id = (SELECT o.customer_id FROM customer_phones o WHERE o.e164 = @E164)
        {PhonesInOrder}
        """);

    public static readonly SqlText FindByCard = new($"""
        {Select}
        WHERE c.card_number = @CardNumber
        {PhonesInOrder}
        """);

    public static readonly SqlText Get = new($"""
        {Select}
        WHERE c.id = @CustomerId
        {PhonesInOrder}
        """);

    public static readonly SqlText PointsHistory = new(
        Sqlite: """
            SELECT customer_id, at, change, balance_after, reason
            FROM points_history
            WHERE customer_id = @CustomerId
            ORDER BY at DESC, id DESC
            LIMIT @Limit
            """,
        SqlServer: """
            SELECT TOP (@Limit) customer_id, at, change, balance_after, reason
            FROM points_history
            WHERE customer_id = @CustomerId
            ORDER BY at DESC, id DESC
            """);

    // On SQL Server the key range stays locked to the end of the transaction, so two agents adding the same
    // number at once take turns and the second one is told whose it is. SQLite's write lock does the same.
    public static readonly SqlText PhoneOwner = new(
        Sqlite: "SELECT customer_id FROM customer_phones WHERE e164 = @E164",
        SqlServer: "SELECT customer_id FROM customer_phones WITH (UPDLOCK, HOLDLOCK) WHERE e164 = @E164");

    public static readonly SqlText CardOwner = new(
        Sqlite: "SELECT id FROM customers WHERE card_number = @CardNumber",
        SqlServer: "SELECT id FROM customers WITH (UPDLOCK, HOLDLOCK) WHERE card_number = @CardNumber");

    public static readonly SqlText Insert = new(
        Sqlite: """
            INSERT INTO customers (name, tier, birthday, preferred_language, card_number, points_balance, created_at)
            VALUES (@Name, @Tier, @Birthday, @PreferredLanguage, @CardNumber, 0, @CreatedAt)
            RETURNING id
            """,
        SqlServer: """
            INSERT INTO customers (name, tier, birthday, preferred_language, card_number, points_balance, created_at)
            OUTPUT inserted.id
            VALUES (@Name, @Tier, @Birthday, @PreferredLanguage, @CardNumber, 0, @CreatedAt)
            """);

    public static readonly SqlText InsertPhone = new(
        "INSERT INTO customer_phones (e164, customer_id, added_at) VALUES (@E164, @CustomerId, @AddedAt)");
}
