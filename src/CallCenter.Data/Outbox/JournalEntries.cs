using System.Text.Json;
using CallCenter.Core.Complaints;
using CallCenter.Core.Records;

namespace CallCenter.Data.Outbox;

/// <summary>
/// The kinds of entry the outbox keeps and the records each hands to the journal store. Kinds are fixed names,
/// not CLR type names, so renaming a class never orphans what is waiting on disk.
/// </summary>
internal static class JournalEntries
{
    public const string CallRecord = "call-record";
    public const string CallStep = "call-step";
    public const string CallAnnotation = "call-annotation";
    public const string AgentStateChange = "agent-state-change";
    public const string TicketChange = "ticket-change";

    public static byte[] Serialize(CallRecord record) => JsonSerializer.SerializeToUtf8Bytes(record, OutboxJson.Default.CallRecord);

    public static byte[] Serialize(CallStep step) => JsonSerializer.SerializeToUtf8Bytes(step, OutboxJson.Default.CallStep);

    public static byte[] Serialize(CallAnnotation annotation) => JsonSerializer.SerializeToUtf8Bytes(annotation, OutboxJson.Default.CallAnnotation);

    public static byte[] Serialize(AgentStateChange change) => JsonSerializer.SerializeToUtf8Bytes(change, OutboxJson.Default.AgentStateChange);

    public static byte[] Serialize(ComplaintTicket ticket, TicketEvent happened) =>
        JsonSerializer.SerializeToUtf8Bytes(new TicketChange(ticket, happened), OutboxJson.Default.TicketChange);

    /// <summary>The records an entry stands for, in the order the store must write them.</summary>
    /// <exception cref="InvalidDataException">The entry cannot be read back: unknown kind or JSON that does not fit it.</exception>
    public static IReadOnlyList<object> Read(OutboxEntry entry)
    {
        try
        {
            return entry.Kind switch
            {
                CallRecord => [Deserialize(entry, OutboxJson.Default.CallRecord)],
                CallStep => [Deserialize(entry, OutboxJson.Default.CallStep)],
                CallAnnotation => [Deserialize(entry, OutboxJson.Default.CallAnnotation)],
                AgentStateChange => [Deserialize(entry, OutboxJson.Default.AgentStateChange)],
                TicketChange => Expand(Deserialize(entry, OutboxJson.Default.TicketChange)),
                _ => throw new InvalidDataException($"Unknown outbox entry kind \"{entry.Kind}\"."),
            };
        }
        catch (Exception exception) when (exception is JsonException or NotSupportedException)
        {
            throw new InvalidDataException($"Outbox entry {entry.Sequence} is not a readable {entry.Kind}: {exception.Message}", exception);
        }
    }

    private static object[] Expand(TicketChange change) => [change.Ticket, change.Event];

    private static T Deserialize<T>(OutboxEntry entry, System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> type) =>
        JsonSerializer.Deserialize(entry.Json, type) ?? throw new InvalidDataException($"Outbox entry {entry.Sequence} holds null.");
}
