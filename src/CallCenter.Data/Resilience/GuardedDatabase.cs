using System.Data.Common;
using CallCenter.Core.Agents;
using CallCenter.Core.Customers;
using CallCenter.Core.Orders;
using CallCenter.Core.Ports;
using CallCenter.Data.Mapping;
using CallCenter.Data.Sql;
using Dapper;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;
using Polly;
using Polly.Retry;
using Polly.Timeout;

namespace CallCenter.Data.Resilience;

/// <summary>
/// The database as the ports use it. Every attempt is bounded by <see cref="DatabaseOptions.CommandTimeout"/>;
/// a lookup is tried again twice, shortly, when the failure is transient; whatever still fails leaves as a
/// <see cref="DataUnavailableException"/> with a plain message, never as a provider's exception.
/// </summary>
internal sealed class GuardedDatabase
{
    private const int ReadRetries = 2;
    private static readonly TimeSpan FirstRetryDelay = TimeSpan.FromMilliseconds(50);

    private readonly DbConnectionFactory factory;
    private readonly ILogger logger;
    private readonly ResiliencePipeline reads;
    private readonly ResiliencePipeline changes;
    private readonly int timeoutSeconds;

    public GuardedDatabase(DbConnectionFactory factory, ILogger logger, TimeProvider? time = null)
    {
        DapperSetup.Configure();
        this.factory = factory;
        this.logger = logger;
        timeoutSeconds = Math.Max(1, (int)Math.Ceiling(factory.CommandTimeout.TotalSeconds));
        reads = new ResiliencePipelineBuilder { TimeProvider = time ?? TimeProvider.System }
            .AddRetry(new RetryStrategyOptions
            {
                ShouldHandle = new PredicateBuilder().Handle<Exception>(e => e is TimeoutRejectedException || TransientDatabaseErrors.IsTransient(e)),
                MaxRetryAttempts = ReadRetries,
                Delay = FirstRetryDelay,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                OnRetry = args =>
                {
                    logger.LogDebug("Database lookup failed ({Reason}); attempt {Attempt} of {Attempts} in {Delay} ms",
                        args.Outcome.Exception?.GetBaseException().Message, args.AttemptNumber + 2, ReadRetries + 1, (int)args.RetryDelay.TotalMilliseconds);
                    return default;
                },
            })
            .AddTimeout(factory.CommandTimeout)
            .Build();
        // A change is tried once: after a lost connection nobody knows whether its commit happened.
        changes = new ResiliencePipelineBuilder { TimeProvider = time ?? TimeProvider.System }
            .AddTimeout(factory.CommandTimeout)
            .Build();
    }

    public DatabaseProvider Provider => factory.Provider;

    public CommandDefinition Command(SqlText sql, object? parameters, CancellationToken cancellationToken, DbTransaction? transaction = null) =>
        new(sql.For(factory.Provider), parameters, transaction, timeoutSeconds, cancellationToken: cancellationToken);

    /// <summary>Runs a lookup on its own connection.</summary>
    public async Task<T> ReadAsync<T>(string lookup, Func<DbConnection, CancellationToken, Task<T>> read, CancellationToken cancellationToken)
    {
        try
        {
            return await reads.ExecuteAsync(
                async token =>
                {
                    await using var connection = await OpenAsync(token).ConfigureAwait(false);
                    return await read(connection, token).ConfigureAwait(false);
                },
                cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (!IsCallersOwn(exception, cancellationToken))
        {
            throw Unavailable(lookup, exception);
        }
    }

    /// <summary>
    /// Runs a change in one transaction, committed when <paramref name="change"/> returns. The refusals a
    /// change throws itself (out of stock, a number already taken, a bad argument) reach the caller as they are.
    /// </summary>
    public async Task<T> ChangeAsync<T>(string what, Func<DbConnection, DbTransaction, CancellationToken, Task<T>> change, CancellationToken cancellationToken)
    {
        try
        {
            return await changes.ExecuteAsync(
                async token =>
                {
                    await using var connection = await OpenAsync(token).ConfigureAwait(false);
                    await using var transaction = await BeginAsync(connection, token).ConfigureAwait(false);
                    var result = await change(connection, transaction, token).ConfigureAwait(false);
                    await transaction.CommitAsync(token).ConfigureAwait(false);
                    return result;
                },
                cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (!IsCallersOwn(exception, cancellationToken) && !IsRefusal(exception))
        {
            throw Unavailable(what, exception);
        }
    }

    /// <summary>
    /// A transaction that writes. On SQLite it takes the write lock at once: two deferred transactions that
    /// both read and then both write would fail with "database is locked" instead of waiting their turn.
    /// </summary>
    public async Task<DbTransaction> BeginAsync(DbConnection connection, CancellationToken cancellationToken) =>
        connection is SqliteConnection sqlite
            ? sqlite.BeginTransaction(deferred: false)
            : await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);

    public async Task<DbConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = await factory.OpenAsync(cancellationToken).ConfigureAwait(false);
        if (connection is SqliteConnection sqlite)
        {
            // Waits for a busy database (BEGIN IMMEDIATE included) end with the command timeout, not SQLite's 30 s.
            sqlite.DefaultTimeout = timeoutSeconds;
        }
        return connection;
    }

    private static bool IsCallersOwn(Exception exception, CancellationToken cancellationToken) =>
        exception is OperationCanceledException && cancellationToken.IsCancellationRequested;

    private static bool IsRefusal(Exception exception) =>
        exception is ArgumentException or OutOfStockException or PhoneNumberTakenException or CardNumberTakenException
            or AgentExtensionTakenException or UnknownAgentException;

    private DataUnavailableException Unavailable(string what, Exception exception)
    {
        var reason = exception is TimeoutRejectedException ? $"no answer within {factory.CommandTimeout.TotalSeconds:0.#} s" : exception.GetBaseException().Message;
        logger.LogWarning("Database unavailable for {DataOperation}: {Reason}", what, reason);
        return new DataUnavailableException($"The database could not be reached for {what}.", exception);
    }
}
