using CallCenter.Data.Resilience;
using Microsoft.Extensions.Logging;
using Polly;
using Polly.CircuitBreaker;
using Polly.Retry;
using Polly.Timeout;

namespace CallCenter.Data.Outbox;

/// <summary>
/// How the flusher waits for the database: transient failures retried for as long as it takes, with
/// exponential backoff and jitter, behind a circuit breaker that keeps writes away from a database that is
/// down. Anything else (a refusal, our own stop) comes straight out.
/// </summary>
internal static class JournalWritePipeline
{
    public static ResiliencePipeline Build(OutboxOptions options, TimeProvider time, ILogger logger, Action<Exception> failed, Func<long> pending) =>
        new ResiliencePipelineBuilder { TimeProvider = time }
            .AddRetry(new RetryStrategyOptions
            {
                ShouldHandle = args => ValueTask.FromResult(IsWorthRetrying(args.Outcome.Exception, args.Context.CancellationToken)),
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = options.RetryDelay,
                MaxDelay = options.MaxRetryDelay,
                MaxRetryAttempts = int.MaxValue,
                // While the circuit is open, wait for it to half-open instead of knocking on it.
                DelayGenerator = args => ValueTask.FromResult(
                    args.Outcome.Exception is BrokenCircuitException broken ? broken.RetryAfter ?? options.BreakDuration : (TimeSpan?)null),
                OnRetry = args =>
                {
                    if (args.Outcome.Exception is { } failure and not BrokenCircuitException)
                    {
                        failed(failure);
                        logger.LogDebug("Journal write failed ({Reason}); attempt {Attempt} in {Delay}",
                            DatabaseErrorText.Describe(failure), args.AttemptNumber + 2, args.RetryDelay);
                    }
                    return default;
                },
            })
            .AddCircuitBreaker(new CircuitBreakerStrategyOptions
            {
                ShouldHandle = args => ValueTask.FromResult(
                    args.Outcome.Exception is not BrokenCircuitException && IsWorthRetrying(args.Outcome.Exception, args.Context.CancellationToken)),
                FailureRatio = 1.0,
                MinimumThroughput = options.FailuresBeforeBreak,
                SamplingDuration = options.FailureWindow,
                BreakDuration = options.BreakDuration,
                OnOpened = args =>
                {
                    logger.LogWarning("Journal circuit open: no writes to the database for {BreakDuration}; {Pending} records wait in the outbox",
                        args.BreakDuration, pending());
                    return default;
                },
                OnHalfOpened = _ =>
                {
                    logger.LogDebug("Journal circuit half open: one write decides");
                    return default;
                },
                OnClosed = _ =>
                {
                    logger.LogInformation("Journal circuit closed: the database takes writes again");
                    return default;
                },
            })
            .Build();

    private static bool IsWorthRetrying(Exception? exception, CancellationToken cancellationToken) => exception switch
    {
        null => false,
        BrokenCircuitException => true,
        TimeoutRejectedException => true,
        // A store's own timeout, not our stop.
        OperationCanceledException => !cancellationToken.IsCancellationRequested,
        _ => TransientDatabaseErrors.IsTransient(exception),
    };
}
