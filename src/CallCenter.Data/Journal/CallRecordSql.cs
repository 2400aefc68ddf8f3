using CallCenter.Data.Sql;

namespace CallCenter.Data.Journal;

internal static class CallRecordSql
{
    private const string Columns = """
        call_id, started_at, answered_at, ended_at, caller_number, dialed_number, customer_id, language, queue,
        enqueued_at, offered_at, offers, connected_at, agent_extension, wrap_up_ended_at, disposition, notes, outcome
        """;

    public static readonly SqlText Get = new($"SELECT {Columns} FROM call_records WHERE call_id = @CallId");

    public static readonly SqlText Steps = new("""
        SELECT call_id, sequence, at, node, input_masked, outcome, detail
        FROM call_steps
        WHERE call_id = @CallId
        ORDER BY sequence
        """);

    public static readonly SqlText RecentForCustomer = new(
        Sqlite: $"""
            SELECT {Columns}
            FROM call_records
            WHERE customer_id = @CustomerId
            ORDER BY started_at DESC, call_id DESC
            LIMIT @Limit
            """,
        SqlServer: $"""
            SELECT TOP (@Limit) {Columns}
            FROM call_records
            WHERE customer_id = @CustomerId
            ORDER BY started_at DESC, call_id DESC
            """);

    public static readonly SqlText QueuedSince = new($"""
        SELECT {Columns}
        FROM call_records
        WHERE enqueued_at >= @From AND queue IS NOT NULL
        ORDER BY enqueued_at, call_id
        """);

    public static readonly SqlText ForAgent = new($"""
        SELECT {Columns}
        FROM call_records
        WHERE agent_extension = @Extension AND connected_at >= @From AND connected_at < @To
        ORDER BY connected_at, call_id
        """);
}
