namespace CallCenter.Data.Journal;

/// <summary>
/// Writes journal records to the database: CallRecord, CallStep, CallAnnotation, AgentStateChange,
/// ComplaintTicket and TicketEvent (CallCenter.Core types). The outbox is its only caller.
/// </summary>
public interface IJournalStore
{
    /// <summary>
    /// Writes the records, in the given order, in one transaction. Writing a record that is already there
    /// changes nothing — or, for a call record or ticket, puts the given version in its place — so a batch
    /// written again after a crash still leaves every record exactly once. Throws what the provider throws.
    /// </summary>
    Task WriteAsync(IReadOnlyList<object> records, CancellationToken cancellationToken);
}
