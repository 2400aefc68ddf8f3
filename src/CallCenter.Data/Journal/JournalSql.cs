using System.Globalization;
using CallCenter.Data.Sql;

namespace CallCenter.Data.Journal;

/// <summary>
/// The journal's writes, each safe to repeat: records that change (call records, tickets) are upserted by key,
/// the rest are inserted only when absent. Parameters are named for their columns: call_id is @CallId.
/// A call record's disposition and notes are the agent's, and so is its customer once the agent identified the
/// caller (see <see cref="AnnotateCallRecord"/>): a version of the record without them keeps the stored ones.
/// </summary>
internal static class JournalSql
{
    public static readonly SqlText UpsertCallRecord = Upsert(
        "call_records",
        ["call_id"],
        [
            "started_at", "answered_at", "ended_at", "caller_number", "dialed_number", "customer_id", "language", "queue",
            "enqueued_at", "offered_at", "offers", "connected_at", "agent_extension", "wrap_up_ended_at", "disposition", "notes", "outcome",
        ],
        keptWhenNull: ["customer_id", "disposition", "notes"]);

    /// <summary>Only the agent's columns; a null keeps what is stored. Changes no row when the call has no record.</summary>
    public static readonly SqlText AnnotateCallRecord = new("""
        UPDATE call_records SET
            customer_id = COALESCE(@CustomerId, customer_id),
            disposition = COALESCE(@Disposition, disposition),
            notes = COALESCE(@Notes, notes)
        WHERE call_id = @CallId
        """);

    public static readonly SqlText InsertCallStep = InsertIfAbsent(
        "call_steps", ["call_id", "sequence"], ["at", "node", "input_masked", "outcome", "detail"]);

    public static readonly SqlText InsertAgentStateChange = InsertIfAbsent(
        "agent_state_changes", ["id"], ["agent_extension", "from_state", "to_state", "reason", "at"]);

    public static readonly SqlText UpsertTicket = Upsert(
        "complaint_tickets",
        ["id"],
        ["created_at", "caller_number", "customer_id", "call_id", "recording_name", "department", "status", "assigned_to", "callback_done", "summary"]);

    public static readonly SqlText InsertTicketEvent = InsertIfAbsent(
        "ticket_events", ["id"], ["ticket_id", "at", "action", "actor", "detail"]);

    /// <summary>
    /// SQLite: one INSERT ... ON CONFLICT DO UPDATE. SQL Server: UPDATE, then INSERT when nothing was there,
    /// with the key range locked from the UPDATE on (UPDLOCK, SERIALIZABLE), so two writers of the same new
    /// record cannot both insert it.
    /// </summary>
    private static SqlText Upsert(string table, string[] keys, string[] columns, string[]? keptWhenNull = null)
    {
        var all = keys.Concat(columns).ToArray();
        var kept = new HashSet<string>(keptWhenNull ?? [], StringComparer.Ordinal);
        // In SQLite's DO UPDATE a bare column name is the stored row's, "excluded." the incoming one's.
        string SqliteValue(string c) => kept.Contains(c) ? $"COALESCE(excluded.{c}, {c})" : $"excluded.{c}";
        string SqlServerValue(string c) => kept.Contains(c) ? $"COALESCE({Parameter(c)}, {c})" : Parameter(c);
        return new SqlText(
            Sqlite: $"""
                INSERT INTO {table} ({string.Join(", ", all)})
                VALUES ({string.Join(", ", all.Select(Parameter))})
                ON CONFLICT ({string.Join(", ", keys)}) DO UPDATE SET
                    {string.Join(",\n    ", columns.Select(c => $"{c} = {SqliteValue(c)}"))}
                """,
            SqlServer: $"""
                UPDATE {table} WITH (UPDLOCK, SERIALIZABLE) SET
                    {string.Join(",\n    ", columns.Select(c => $"{c} = {SqlServerValue(c)}"))}
                WHERE {KeyMatch(keys)};
                IF @@ROWCOUNT = 0
                    INSERT INTO {table} ({string.Join(", ", all)})
                    VALUES ({string.Join(", ", all.Select(Parameter))});
                """);
    }

    private static SqlText InsertIfAbsent(string table, string[] keys, string[] columns)
    {
        var all = keys.Concat(columns).ToArray();
        return new SqlText(
            Sqlite: $"""
                INSERT INTO {table} ({string.Join(", ", all)})
                VALUES ({string.Join(", ", all.Select(Parameter))})
                ON CONFLICT ({string.Join(", ", keys)}) DO NOTHING
                """,
            SqlServer: $"""
                INSERT INTO {table} ({string.Join(", ", all)})
                SELECT {string.Join(", ", all.Select(Parameter))}
                WHERE NOT EXISTS (SELECT 1 FROM {table} WITH (UPDLOCK, HOLDLOCK) WHERE {KeyMatch(keys)})
                """);
    }

    private static string KeyMatch(string[] keys) => string.Join(" AND ", keys.Select(k => $"{k} = {Parameter(k)}"));

    /// <summary>"wrap_up_ended_at" is @WrapUpEndedAt.</summary>
    private static string Parameter(string column) =>
        "@" + string.Concat(column.Split('_').Select(part => char.ToUpper(part[0], CultureInfo.InvariantCulture) + part[1..]));
}
