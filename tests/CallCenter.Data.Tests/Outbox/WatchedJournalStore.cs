using CallCenter.Data.Journal;

namespace CallCenter.Data.Tests.Outbox;

/// <summary>A real journal store, watched: says when a write has failed, so a test knows the outage bit.</summary>
public sealed class WatchedJournalStore(IJournalStore inner) : IJournalStore
{
    private readonly TaskCompletionSource failed = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public Task FirstFailure => failed.Task;

    public async Task WriteAsync(IReadOnlyList<object> records, CancellationToken cancellationToken)
    {
        try
        {
            await inner.WriteAsync(records, cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            failed.TrySetResult();
            throw;
        }
    }
}
