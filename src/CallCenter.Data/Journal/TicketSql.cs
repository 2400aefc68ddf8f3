using CallCenter.Data.Sql;

namespace CallCenter.Data.Journal;

internal static class TicketSql
{
    private const string Columns =
        "id, created_at, caller_number, customer_id, call_id, recording_name, department, status, assigned_to, callback_done, summary";

    public static readonly SqlText Get = new($"SELECT {Columns} FROM complaint_tickets WHERE id = @Id");

    public static readonly SqlText ListAll = new(
        Sqlite: $"SELECT {Columns} FROM complaint_tickets ORDER BY created_at DESC, id DESC LIMIT @Limit",
        SqlServer: $"SELECT TOP (@Limit) {Columns} FROM complaint_tickets ORDER BY created_at DESC, id DESC");

    public static readonly SqlText ListInStatus = new(
        Sqlite: $"SELECT {Columns} FROM complaint_tickets WHERE status = @Status ORDER BY created_at DESC, id DESC LIMIT @Limit",
        SqlServer: $"SELECT TOP (@Limit) {Columns} FROM complaint_tickets WHERE status = @Status ORDER BY created_at DESC, id DESC");

    public static readonly SqlText History = new("""
        SELECT id, ticket_id, at, action, actor, detail
        FROM ticket_events
        WHERE ticket_id = @TicketId
        ORDER BY at, id
        """);

    // Open means not yet resolved: waiting for someone, or someone's.
    public static readonly SqlText OpenForCustomer = new($"""
        SELECT {Columns}
        FROM complaint_tickets
        WHERE customer_id = @CustomerId AND status IN ('Open', 'Assigned')
        ORDER BY created_at DESC, id DESC
        """);
}
