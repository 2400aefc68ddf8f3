using CallCenter.Core.Records;
using CallCenter.Data.Mapping;
using CallCenter.Data.Resilience;
using Dapper;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace CallCenter.Data.Journal;

/// <summary>Call records and steps as the database has them (not what still waits in the outbox).</summary>
public sealed class CallRecordReader : ICallRecordReader
{
    private readonly GuardedDatabase database;

    public CallRecordReader(DbConnectionFactory database, ILogger<CallRecordReader>? logger = null) =>
        this.database = new GuardedDatabase(database, (ILogger?)logger ?? NullLogger.Instance);

    public Task<CallRecord?> GetAsync(string callId, CancellationToken cancellationToken) =>
        database.ReadAsync(
            "a call record",
            async (connection, token) =>
            {
                var row = await connection.QuerySingleOrDefaultAsync<CallRecordRow>(database.Command(CallRecordSql.Get, new { CallId = AnsiText.Of(callId) }, token)).ConfigureAwait(false);
                return row?.ToRecord();
            },
            cancellationToken);

    public Task<IReadOnlyList<CallStep>> StepsAsync(string callId, CancellationToken cancellationToken) =>
        database.ReadAsync<IReadOnlyList<CallStep>>(
            "a call's steps",
            async (connection, token) =>
            {
                var rows = await connection.QueryAsync<CallStepRow>(database.Command(CallRecordSql.Steps, new { CallId = AnsiText.Of(callId) }, token)).ConfigureAwait(false);
                return rows.Select(r => r.ToStep()).ToList();
            },
            cancellationToken);

    public Task<IReadOnlyList<CallRecord>> RecentForCustomerAsync(long customerId, int limit, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(limit);
        return ListAsync("a customer's calls", CallRecordSql.RecentForCustomer, new { CustomerId = customerId, Limit = limit }, cancellationToken);
    }

    public Task<IReadOnlyList<CallRecord>> ForAgentAsync(string extension, DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken) =>
        ListAsync("an agent's calls", CallRecordSql.ForAgent, new { Extension = AnsiText.Of(extension), From = from, To = to }, cancellationToken);

    public Task<IReadOnlyList<CallRecord>> QueuedSinceAsync(DateTimeOffset from, CancellationToken cancellationToken) =>
        ListAsync("the calls queued since a time", CallRecordSql.QueuedSince, new { From = from }, cancellationToken);

    private Task<IReadOnlyList<CallRecord>> ListAsync(string what, Sql.SqlText sql, object parameters, CancellationToken cancellationToken) =>
        database.ReadAsync<IReadOnlyList<CallRecord>>(
            what,
            async (connection, token) =>
            {
                var rows = await connection.QueryAsync<CallRecordRow>(database.Command(sql, parameters, token)).ConfigureAwait(false);
                return rows.Select(r => r.ToRecord()).ToList();
            },
            cancellationToken);
}
