using CallCenter.Data.Sql;

namespace CallCenter.Data.Orders;

internal static class OrderSql
{
    private const string Columns =
        "o.number, o.customer_id, o.status, o.placed_at, o.expected_delivery, o.channel, l.line_no, l.product_code, l.quantity, l.unit_price";

    // One row per line, so an order and its lines come back in one query.
    public static readonly SqlText FindByNumber = new($"""
        SELECT {Columns}
        FROM orders o
        LEFT JOIN order_lines l ON l.order_number = o.number
        WHERE o.number = @Number
        ORDER BY l.line_no
        """);

    public static readonly SqlText RecentForCustomer = new(
        Sqlite: $"""
            SELECT {Columns}
            FROM (SELECT * FROM orders WHERE customer_id = @CustomerId ORDER BY placed_at DESC, number DESC LIMIT @Limit) o
            LEFT JOIN order_lines l ON l.order_number = o.number
            ORDER BY o.placed_at DESC, o.number DESC, l.line_no
            """,
        SqlServer: $"""
            SELECT {Columns}
            FROM (SELECT TOP (@Limit) * FROM orders WHERE customer_id = @CustomerId ORDER BY placed_at DESC, number DESC) o
            LEFT JOIN order_lines l ON l.order_number = o.number
            ORDER BY o.placed_at DESC, o.number DESC, l.line_no
            """);

    public static readonly SqlText StatusHistory = new("""
        SELECT order_number, from_status, to_status, at
        FROM order_status_history
        WHERE order_number = @Number
        ORDER BY at, id
        """);

    public static readonly SqlText CustomerExists = new("SELECT COUNT(*) FROM customers WHERE id = @CustomerId");

    public static readonly SqlText ProductExists = new("SELECT COUNT(*) FROM products WHERE code = @Code");

    // Inserts nothing when the number is taken; the caller then draws another. On SQL Server the key range
    // stays locked until commit, so two orders drawing the same number at once cannot both get it.
    public static readonly SqlText Insert = new(
        Sqlite: """
            INSERT INTO orders (number, customer_id, status, placed_at, expected_delivery, channel, call_id)
            VALUES (@Number, @CustomerId, @Status, @PlacedAt, NULL, @Channel, @CallId)
            ON CONFLICT (number) DO NOTHING
            """,
        SqlServer: """
            INSERT INTO orders (number, customer_id, status, placed_at, expected_delivery, channel, call_id)
            SELECT @Number, @CustomerId, @Status, @PlacedAt, NULL, @Channel, @CallId
            WHERE NOT EXISTS (SELECT 1 FROM orders WITH (UPDLOCK, HOLDLOCK) WHERE number = @Number)
            """);

    // Takes the quantity only while there is that much left, and says the price it was taken at; no row back
    // means the stock was short (or the product unknown). Two callers buying the last one: one gets a row.
    public static readonly SqlText ReserveStock = new(
        Sqlite: """
            UPDATE products SET stock = stock - @Quantity
            WHERE code = @Code AND stock >= @Quantity
            RETURNING price
            """,
        SqlServer: """
            UPDATE products SET stock = stock - @Quantity
            OUTPUT inserted.price
            WHERE code = @Code AND stock >= @Quantity
            """);

    public static readonly SqlText InsertLine = new("""
        INSERT INTO order_lines (order_number, line_no, product_code, quantity, unit_price)
        VALUES (@Number, @LineNo, @Code, @Quantity, @UnitPrice)
        """);

    public static readonly SqlText InsertStatusChange = new("""
        INSERT INTO order_status_history (order_number, from_status, to_status, at)
        VALUES (@Number, @From, @To, @At)
        """);
}
