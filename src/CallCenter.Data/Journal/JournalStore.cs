using CallCenter.Core.Complaints;
using CallCenter.Core.Records;
using CallCenter.Data.Mapping;
using CallCenter.Data.Resilience;
using CallCenter.Data.Sql;
using Dapper;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace CallCenter.Data.Journal;

/// <summary>
/// Writes the journal's records for the outbox: a batch in one transaction, each record safe to write again.
/// The order of a batch is kept, so a ticket is written before the events that refer to it. An agent's
/// annotation of a call the database has no record of changes nothing and is logged as a warning.
/// </summary>
public sealed class JournalStore : IJournalStore
{
    private readonly GuardedDatabase database;
    private readonly ILogger logger;

    public JournalStore(DbConnectionFactory database, ILogger<JournalStore>? logger = null)
    {
        this.database = new GuardedDatabase(database, NullLogger.Instance);
        this.logger = (ILogger?)logger ?? NullLogger.Instance;
    }

    public async Task WriteAsync(IReadOnlyList<object> records, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(records);
        // Every record is checked before anything is written: a batch is all or nothing.
        var statements = records.Select(Statement).ToList();
        if (statements.Count == 0)
        {
            return;
        }
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await database.BeginAsync(connection, cancellationToken).ConfigureAwait(false);
        var unmatched = new List<CallAnnotation>();
        for (var i = 0; i < statements.Count; i++)
        {
            var (sql, parameters) = statements[i];
            var changed = await connection.ExecuteAsync(database.Command(sql, parameters, cancellationToken, transaction)).ConfigureAwait(false);
            if (changed == 0 && records[i] is CallAnnotation annotation)
            {
                unmatched.Add(annotation);
            }
        }
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        foreach (var annotation in unmatched)
        {
            // Failing would hold up every record behind it for a call the database will never have (one from
            // before a restart whose record was lost, an id the desktop got wrong). The notes stay out of the log.
            logger.LogWarning(
                "Agent {Agent} annotated call {CallId}, which has no call record: its disposition and notes are not kept",
                annotation.AgentExtension, annotation.CallId);
        }
    }

    private static (SqlText Sql, object Parameters) Statement(object record) => record switch
    {
        CallRecord call => (JournalSql.UpsertCallRecord, new
        {
            CallId = AnsiText.Of(call.CallId),
            call.StartedAt,
            call.AnsweredAt,
            call.EndedAt,
            call.CallerNumber,
            call.DialedNumber,
            call.CustomerId,
            call.Language,
            call.Queue,
            call.EnqueuedAt,
            call.OfferedAt,
            call.Offers,
            call.ConnectedAt,
            call.AgentExtension,
            call.WrapUpEndedAt,
            call.Disposition,
            call.Notes,
            Outcome = call.Outcome.ToString(),
        }),
        CallStep step => (JournalSql.InsertCallStep, new
        {
            CallId = AnsiText.Of(step.CallId),
            step.Sequence,
            step.At,
            step.Node,
            InputMasked = step.Input,
            step.Outcome,
            step.Detail,
        }),
        CallAnnotation annotation => (JournalSql.AnnotateCallRecord, new
        {
            CallId = AnsiText.Of(annotation.CallId),
            annotation.CustomerId,
            annotation.Disposition,
            annotation.Notes,
        }),
        AgentStateChange change => (JournalSql.InsertAgentStateChange, new
        {
            change.Id,
            change.AgentExtension,
            FromState = change.From.ToString(),
            ToState = change.To.ToString(),
            change.Reason,
            change.At,
        }),
        ComplaintTicket ticket => (JournalSql.UpsertTicket, new
        {
            ticket.Id,
            ticket.CreatedAt,
            ticket.CallerNumber,
            ticket.CustomerId,
            ticket.CallId,
            ticket.RecordingName,
            ticket.Department,
            Status = ticket.Status.ToString(),
            ticket.AssignedTo,
            ticket.CallbackDone,
            ticket.Summary,
        }),
        TicketEvent happened => (JournalSql.InsertTicketEvent, new
        {
            happened.Id,
            happened.TicketId,
            happened.At,
            happened.Action,
            happened.Actor,
            happened.Detail,
        }),
        null => throw new ArgumentException("A journal batch holds a null record.", nameof(record)),
        _ => throw new ArgumentException($"A {record.GetType().Name} is not a journal record.", nameof(record)),
    };
}
