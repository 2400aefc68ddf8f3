using System.Data.Common;
using CallCenter.Core.Ports;
using CallCenter.Data.Resilience;

namespace CallCenter.Data.Outbox;

/// <summary>Reads of the journal and the desk fail as <see cref="DataUnavailableException"/>, the one exception callers catch for their fallback.</summary>
internal static class JournalReads
{
    public static async Task<T> GuardAsync<T>(string what, Func<Task<T>> read)
    {
        try
        {
            return await read().ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is DbException || TransientDatabaseErrors.IsTransient(exception))
        {
            throw new DataUnavailableException($"The database could not read {what}.", exception);
        }
    }
}
