using CallCenter.Core.Complaints;
using CallCenter.Data.Resilience;
using CallCenter.Data.Sql;
using Dapper;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace CallCenter.Data.Journal;

/// <summary>Complaint tickets and their history as the database has them (not what still waits in the outbox).</summary>
public sealed class TicketReader : ITicketReader
{
    private readonly GuardedDatabase database;

    public TicketReader(DbConnectionFactory database, ILogger<TicketReader>? logger = null) =>
        this.database = new GuardedDatabase(database, (ILogger?)logger ?? NullLogger.Instance);

    public async Task<ComplaintTicket?> GetAsync(Guid ticketId, CancellationToken cancellationToken) =>
        (await ListAsync("a ticket", TicketSql.Get, new { Id = ticketId }, cancellationToken).ConfigureAwait(false)).SingleOrDefault();

    public Task<IReadOnlyList<ComplaintTicket>> ListAsync(TicketStatus? status, int limit, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(limit);
        return status is { } only
            ? ListAsync("the tickets", TicketSql.ListInStatus, new { Status = only.ToString(), Limit = limit }, cancellationToken)
            : ListAsync("the tickets", TicketSql.ListAll, new { Limit = limit }, cancellationToken);
    }

    public Task<IReadOnlyList<TicketEvent>> HistoryAsync(Guid ticketId, CancellationToken cancellationToken) =>
        database.ReadAsync<IReadOnlyList<TicketEvent>>(
            "a ticket's history",
            async (connection, token) =>
            {
                var rows = await connection.QueryAsync<TicketEventRow>(database.Command(TicketSql.History, new { TicketId = ticketId }, token)).ConfigureAwait(false);
                return rows.Select(r => r.ToEvent()).ToList();
            },
            cancellationToken);

    public Task<IReadOnlyList<ComplaintTicket>> OpenForCustomerAsync(long customerId, CancellationToken cancellationToken) =>
        ListAsync("a customer's tickets", TicketSql.OpenForCustomer, new { CustomerId = customerId }, cancellationToken);

    private Task<IReadOnlyList<ComplaintTicket>> ListAsync(string what, SqlText sql, object parameters, CancellationToken cancellationToken) =>
        database.ReadAsync<IReadOnlyList<ComplaintTicket>>(
            what,
            async (connection, token) =>
            {
                var rows = await connection.QueryAsync<TicketRow>(database.Command(sql, parameters, token)).ConfigureAwait(false);
                return rows.Select(r => r.ToTicket()).ToList();
            },
            cancellationToken);
}
